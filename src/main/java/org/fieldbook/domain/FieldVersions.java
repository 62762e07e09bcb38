package org.fieldbook.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The frontier of one row as a reader saw it: for each field, the changes whose value it holds.
 * {@code wholeRow} holds the row's CREATE, which covers the fields never set since.
 * Captured when an edit begins, it becomes the {@code bases} of the changes the edit writes.
 */
public record FieldVersions(Map<String, Set<Version>> byField, Set<Version> wholeRow) {
    public static final String WHOLE_ROW = "*";
    public static final FieldVersions NONE = new FieldVersions(Map.of(), Set.of());

    public FieldVersions {
        byField = Map.copyOf(byField);
        wholeRow = Set.copyOf(wholeRow);
    }

    /** The changes behind the value of {@code field}. */
    public Set<Version> basesFor(String field) {
        Set<Version> explicit = byField.get(field);
        return explicit != null && !explicit.isEmpty() ? explicit : wholeRow;
    }

    /** Every change this reader saw on the row: the bases of a delete. */
    public Set<Version> all() {
        Set<Version> all = new HashSet<>(wholeRow);
        byField.values().forEach(all::addAll);
        return all;
    }

    /** True when some field holds more than one concurrent value. */
    public boolean hasConflict() {
        return wholeRow.size() > 1 || byField.values().stream().anyMatch(ids -> ids.size() > 1);
    }
}
