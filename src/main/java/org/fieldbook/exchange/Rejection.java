package org.fieldbook.exchange;

import java.util.List;

/** A row the import leaves out: its line in the file, the reason as a bundle key with arguments, in English. */
public record Rejection(long line, String key, List<Object> arguments, String english) {
    /** Thrown while a row is read; the row is then left out with this reason. */
    static final class Raised extends RuntimeException {
        final String key;
        final List<Object> arguments;

        Raised(String key, String english, Object... arguments) {
            super(english, null, false, false);
            this.key = key;
            this.arguments = List.of(arguments);
        }
    }
}
