package org.fieldbook.domain;

import java.util.UUID;

/**
 * A record an import created or updated. {@code before} is the record's fields before an update (null for a
 * created one); {@code sourceKey} its id in the file it came from, if the file had one.
 */
public record ImportedRow(String entity, UUID rowId, Action action, String before, String sourceKey) {
    public enum Action { CREATED, UPDATED }
}
