package org.fieldbook.domain;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The values of a record's custom fields, by field key, each as canonical text (see
 * {@link CustomFieldDefinition#problemWith(String)}). Stored as one field of the record, so they sync and merge
 * like its other fields; keys in a fixed order so the same values always read the same.
 */
public record CustomValues(SortedMap<String, String> values) {
    public static final CustomValues NONE = new CustomValues(new TreeMap<>());

    public CustomValues {
        TreeMap<String, String> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (key != null && value != null && !value.isBlank()) {
                    copy.put(key, value);
                }
            });
        }
        values = Collections.unmodifiableSortedMap(copy);
    }

    public static CustomValues of(Map<String, String> values) {
        return values == null || values.isEmpty() ? NONE : new CustomValues(new TreeMap<>(values));
    }

    public String get(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** These values with {@code key} set to {@code value}, or taken out when {@code value} is null or blank. */
    public CustomValues with(String key, String value) {
        TreeMap<String, String> changed = new TreeMap<>(values);
        if (value == null || value.isBlank()) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new CustomValues(changed);
    }
}
