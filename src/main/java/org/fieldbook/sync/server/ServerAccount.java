package org.fieldbook.sync.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Where and as whom to connect: a PostgreSQL JDBC URL (TLS through its {@code sslmode}, see docs/sync.md), the
 * user's own login and its password. The password is held in memory only.
 */
public final class ServerAccount {
    static final int CONNECT_TIMEOUT_SECONDS = 10;
    static final int SOCKET_TIMEOUT_SECONDS = 120;

    private final String url;
    private final String user;
    private final char[] password;

    public ServerAccount(String url, String user, char[] password) {
        this.url = normalise(url);
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("give the PostgreSQL login to sync as");
        }
        this.user = user.strip();
        this.password = password == null ? null : password.clone();
    }

    /**
     * Accepts {@code jdbc:postgresql://…} and the libpq form {@code postgresql://…}; anything else is refused with
     * a sentence (an {@link IllegalArgumentException}).
     */
    public static String normalise(String url) {
        String text = url == null ? "" : url.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            text = "jdbc:postgresql://" + text.substring(text.indexOf("://") + 3);
        } else if (!lower.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL server URL: '" + text
                    + "' (expected jdbc:postgresql://HOST[:PORT]/DATABASE[?sslmode=verify-full])");
        }
        if (text.length() <= "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("the server URL names no host: '" + text + "'");
        }
        return text;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** The URL without user information or parameters, for messages. */
    public String where() {
        String rest = url.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** A new connection in manual-commit, read-committed mode. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        properties.setProperty("ApplicationName", "Fieldbook");
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("reWriteBatchedInserts", "true");
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    /** Forgets the password. */
    public void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
