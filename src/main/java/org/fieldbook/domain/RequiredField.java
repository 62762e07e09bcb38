package org.fieldbook.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field a stage may require before a deal enters it. Stored on the stage as a comma-separated list of the
 * {@link #stored} names, e.g. {@code amount,expected_close}.
 */
public enum RequiredField {
    /** An amount above zero: a deal worth nothing has no proposal yet. */
    AMOUNT,
    EXPECTED_CLOSE,
    /** A contact in the buying role of decision maker. */
    DECISION_MAKER;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fields of a stored list; names this version does not know (a newer one's) are left out. */
    public static Set<RequiredField> parse(String stored) {
        Set<RequiredField> fields = EnumSet.noneOf(RequiredField.class);
        if (stored == null || stored.isBlank()) {
            return fields;
        }
        for (String name : stored.split(",")) {
            for (RequiredField field : values()) {
                if (field.stored().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The stored list, in declaration order, or null for none. */
    public static String format(Set<RequiredField> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(fields).stream().map(RequiredField::stored).collect(Collectors.joining(","));
    }
}
