package org.fieldbook.domain;

import java.time.Instant;
import java.util.UUID;

/** One import of a file: what it made, so that one action can undo it. */
public record ImportBatch(UUID id, String entity, String fileName, Instant importedAt, int created, int updated,
                          int skipped, int rejected, Instant undoneAt) {
    public boolean undone() {
        return undoneAt != null;
    }
}
