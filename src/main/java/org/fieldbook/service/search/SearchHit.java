package org.fieldbook.service.search;

import java.util.UUID;

/** One record the search found: what it is, its name and the line that places it (may be empty). */
public record SearchHit(SearchKind kind, UUID id, String title, String detail) {
}
