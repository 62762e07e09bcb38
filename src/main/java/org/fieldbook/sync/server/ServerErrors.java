package org.fieldbook.sync.server;

import java.sql.SQLException;

/** Sorts what the driver throws into "try again later" and "a person must act", each with one sentence. */
final class ServerErrors {
    private ServerErrors() {
    }

    static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return e.getCause() instanceof java.io.IOException;
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** A serialisation failure or deadlock: the transaction may simply be run again. */
    static boolean isRetryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    static ServerOfflineException offline(ServerAccount account, SQLException e) {
        return new ServerOfflineException("the sync server " + account.where() + " cannot be reached: "
                + firstLine(e), e);
    }

    static ServerRefusedException refused(ServerAccount account, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String why = switch (state) {
            case "28P01", "28000" -> "the server refused the login " + account.user()
                    + " (wrong user or password, or not allowed from this computer)";
            case "3D000" -> "the database in " + account.where() + " does not exist";
            case "3F000", "42P01" -> "the server " + account.where() + " has no Fieldbook schema: ask the admin "
                    + "to run 'fieldbook server init'";
            case "42501" -> "the login " + account.user() + " may not do this on " + account.where()
                    + " (" + firstLine(e) + "): ask the admin to run 'fieldbook server add-user'";
            default -> "the sync server " + account.where() + " refused: " + firstLine(e);
        };
        return new ServerRefusedException(why, e);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int lineBreak = message.indexOf('\n');
        return (lineBreak < 0 ? message : message.substring(0, lineBreak)).strip();
    }
}
