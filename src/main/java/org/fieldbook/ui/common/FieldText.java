package org.fieldbook.ui.common;

/** How a form's text fields map to a record's values: blank means none, and none shows as blank. */
public final class FieldText {
    private FieldText() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The typed text without surrounding spaces, or null when nothing but spaces was typed. */
    public static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** A stored value as a field shows it: none is the empty text. */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
