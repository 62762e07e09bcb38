package org.fieldbook.sync.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * What went wrong talking to the sync server, in kinds a screen can put in the user's language: the English
 * sentences of {@link ServerRefusedException} and {@link ServerOfflineException} are for logs and the command line.
 */
public enum ServerProblem {
    /** The login or password was refused (or pg_hba does not let this login in from here). */
    WRONG_LOGIN,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** Nothing answers at the host and port, or the network is down. */
    UNREACHABLE,
    /** The connection asks for TLS and the server does not offer it. */
    NO_TLS,
    /** TLS was offered, but the certificate is not trusted or does not match the host. */
    UNTRUSTED_CERTIFICATE,
    /** The database named in the URL does not exist. */
    NO_DATABASE,
    /** The database has no Fieldbook schema, or one older than this Fieldbook needs. */
    NO_SCHEMA,
    /** The login is not a member of any team. */
    NOT_A_MEMBER,
    /** The login is in another team than the one given. */
    WRONG_TEAM,
    /** This device id belongs to another login or team (a copied data folder). */
    DEVICE_TAKEN,
    /** Anything else; the English sentence says what. */
    OTHER;

    /** The kind of {@code failure}, looking through its causes. */
    public static ServerProblem of(Throwable failure) {
        if (failure instanceof ServerRefusedException refused && refused.problem() != OTHER) {
            return refused.problem();
        }
        for (Throwable at = failure; at != null; at = at.getCause()) {
            ServerProblem found = direct(at);
            if (found != null) {
                return found;
            }
        }
        return failure instanceof ServerOfflineException ? UNREACHABLE : OTHER;
    }

    private static ServerProblem direct(Throwable at) {
        if (at instanceof UnknownHostException) {
            return UNKNOWN_HOST;
        }
        if (at instanceof ConnectException || at instanceof NoRouteToHostException
                || at instanceof SocketTimeoutException) {
            return UNREACHABLE;
        }
        if (at instanceof SSLException) {
            return UNTRUSTED_CERTIFICATE;
        }
        if (at instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("does not support ssl")) {
                return NO_TLS;
            }
            return switch (state) {
                case "28P01", "28000" -> WRONG_LOGIN;
                case "3D000" -> NO_DATABASE;
                case "3F000", "42P01" -> NO_SCHEMA;
                default -> null;
            };
        }
        return at instanceof IOException && at.getMessage() != null
                && at.getMessage().toLowerCase(Locale.ROOT).contains("certificate") ? UNTRUSTED_CERTIFICATE : null;
    }
}
