package org.fieldbook.sync.server;

import java.io.IOException;

/** The server cannot be reached now, or the connection was lost: nothing is lost, the next sync resumes. */
public final class ServerOfflineException extends IOException {
    public ServerOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
