package org.fieldbook.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The frontier of one row as a reader saw it: for each field, the change ids whose value it holds.
 * {@code wholeRow} holds the CREATE (and any RESTORE-free baseline) that covers fields never set since.
 * Captured when an edit begins, it becomes the {@code bases} of the changes the edit writes.
 */
public record FieldVersions(Map<String, Set<UUID>> byField, Set<UUID> wholeRow) {
    public static final String WHOLE_ROW = "*";
    public static final FieldVersions NONE = new FieldVersions(Map.of(), Set.of());

    public FieldVersions {
        byField = Map.copyOf(byField);
        wholeRow = Set.copyOf(wholeRow);
    }

    /** The change ids behind the value of {@code field}. */
    public Set<UUID> basesFor(String field) {
        Set<UUID> explicit = byField.get(field);
        return explicit != null && !explicit.isEmpty() ? explicit : wholeRow;
    }

    /** Every change id this reader saw on the row: the bases of a delete. */
    public Set<UUID> all() {
        Set<UUID> all = new HashSet<>(wholeRow);
        byField.values().forEach(all::addAll);
        return all;
    }

    /** True when some field holds more than one concurrent value. */
    public boolean hasConflict() {
        return wholeRow.size() > 1 || byField.values().stream().anyMatch(ids -> ids.size() > 1);
    }
}
