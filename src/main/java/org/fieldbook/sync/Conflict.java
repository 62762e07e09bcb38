package org.fieldbook.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Version;

/**
 * Something two people did without seeing each other, kept for a person to decide: two values of one field,
 * or a delete that did not see an edit. {@code label} names the record as a salesperson knows it.
 */
public record Conflict(Kind kind, String entity, UUID rowId, String label, String field, List<Value> values) {
    public enum Kind { CONCURRENT_VALUES, DELETED_WHILE_EDITED }

    public Conflict {
        values = List.copyOf(values);
    }

    /**
     * One side: the change, its value as JSON (null for a delete), who made it and when, and whether it is the
     * side shown now. For a delete-while-edited conflict an edit's {@code field} says which field it changed.
     */
    public record Value(Version version, String field, String valueJson, boolean delete, String deviceName,
                        Instant at, boolean shown) {
    }
}
