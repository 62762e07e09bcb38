package org.fieldbook.report;

/**
 * An export that cannot be written, with the message key the window shows it by and an English sentence for
 * the command line and the log.
 */
public final class ReportException extends RuntimeException {
    private final String key;
    private final transient Object[] arguments;

    public ReportException(String key, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
