package org.fieldbook.sync.server;

/**
 * The server answered but will not sync with this login: wrong password, not a member of a team, no Fieldbook
 * schema, a schema too old. Retrying does not help; a person has to act, so the message says who and what.
 */
public final class ServerRefusedException extends Exception {
    public ServerRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
