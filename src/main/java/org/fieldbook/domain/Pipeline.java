package org.fieldbook.domain;

import java.util.UUID;

public record Pipeline(UUID id, String name, int position) {
    public static final String NEW_BUSINESS = "New business";
    public static final String EXPANSION = "Expansion";
}
