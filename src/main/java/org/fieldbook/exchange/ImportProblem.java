package org.fieldbook.exchange;

import java.util.List;

/**
 * Why a whole file cannot be imported (empty, not text, a quote left open): a resource-bundle key, its
 * arguments and an English sentence for the log and the command line. Nothing of such a file is imported.
 */
public final class ImportProblem extends RuntimeException {
    private final String key;
    private final List<Object> arguments;

    public ImportProblem(String key, String english, Object... arguments) {
        super(english);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public ImportProblem(String key, String english, Throwable cause, Object... arguments) {
        super(english, cause);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
