package org.fieldbook.ui.exchange;

/** The separators a CSV file's cells may be split by, as the import mapping names them. */
public enum DelimiterChoice {
    COMMA(','), SEMICOLON(';'), TAB('\t'), BAR('|');

    private final char character;

    DelimiterChoice(char character) {
        this.character = character;
    }

    /** The mapping's text for it ("tab" for the tab, which would not survive a JSON file read by eye). */
    public String mappingText() {
        return this == TAB ? "tab" : String.valueOf(character);
    }

    public static DelimiterChoice of(char character) {
        for (DelimiterChoice choice : values()) {
            if (choice.character == character) {
                return choice;
            }
        }
        return COMMA;
    }
}
