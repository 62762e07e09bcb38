package org.fieldbook.domain;

import java.util.Locale;

final class Names {
    private Names() {
    }

    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] parts = name.trim().split("\\s+");
        if (parts.length == 1) {
            return parts[0].substring(0, parts[0].offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        }
        String first = parts[0].substring(0, parts[0].offsetByCodePoints(0, 1));
        String last = parts[parts.length - 1].substring(0, parts[parts.length - 1].offsetByCodePoints(0, 1));
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
