package org.fieldbook.domain;

import java.util.UUID;

/**
 * A record an import created or updated. {@code before} is the record's fields before an update (null for a
 * created one); {@code sourceKey} its id in the file it came from, if the file had one.
 */
public record ImportedRow(String entity, UUID rowId, String before, String sourceKey) {
    public static ImportedRow created(String entity, UUID rowId, String sourceKey) {
        return new ImportedRow(entity, rowId, null, sourceKey);
    }

    public boolean updated() {
        return before != null;
    }
}
