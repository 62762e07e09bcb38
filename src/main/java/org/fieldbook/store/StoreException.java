package org.fieldbook.store;

/**
 * A failure of the local store that the user can understand. {@code messageKey} names a resource-bundle
 * message; {@code argument} fills its {0}. The cause goes to the log, never to the user as a stack trace.
 */
public class StoreException extends RuntimeException {
    private final String messageKey;
    private final transient Object argument;

    public StoreException(String messageKey, Object argument, String englishMessage, Throwable cause) {
        super(englishMessage, cause);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object argument() {
        return argument;
    }
}
