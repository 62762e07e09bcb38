package org.fieldbook.ui.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encodings the wizard offers as a manual choice: what Excel and other CRMs write for Western and Chinese
 * users. UTF-8 with and without a byte-order mark read alike (the mark is skipped); they are two entries
 * because the user recognises them as two ways a file is saved.
 */
public enum EncodingChoice {
    UTF_8("UTF-8"), UTF_8_BOM("UTF-8"), GB18030("GB18030"), BIG5("Big5"), WINDOWS_1252("windows-1252");

    private final String charsetName;

    EncodingChoice(String charsetName) {
        this.charsetName = charsetName;
    }

    /** The name the import mapping stores. */
    public String charsetName() {
        return charsetName;
    }

    /** The choice that names what detection found; an encoding outside the list (UTF-16) is shown as UTF-8's neighbour, null. */
    public static EncodingChoice of(Charset charset, boolean byteOrderMark) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return byteOrderMark ? UTF_8_BOM : UTF_8;
        }
        for (EncodingChoice choice : values()) {
            if (Charset.forName(choice.charsetName).equals(charset)) {
                return choice;
            }
        }
        return null;
    }
}
