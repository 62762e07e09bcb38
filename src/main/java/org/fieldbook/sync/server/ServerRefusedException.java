package org.fieldbook.sync.server;

/**
 * The server answered but will not sync with this login: wrong password, not a member of a team, no Fieldbook
 * schema, a schema too old. Retrying does not help; a person has to act, so the message says who and what.
 */
public final class ServerRefusedException extends Exception {
    private final ServerProblem problem;

    public ServerRefusedException(String message, Throwable cause) {
        this(ServerProblem.OTHER, message, cause);
    }

    public ServerRefusedException(ServerProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** The kind, when the code that refused knew it; else {@link ServerProblem#of} reads it from the cause. */
    public ServerProblem problem() {
        return problem;
    }
}
