package org.fieldbook.sync.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An admin's session on a sync server, for set-up: create or upgrade the schema, run the set-up SQL, and (for the
 * bench) databases of its own. JDBC stays in this package; callers get sentences.
 */
public final class ServerAdmin {
    private final String url;
    private final Properties login;

    /** {@code user} null: the credentials are the URL's own parameters. */
    public ServerAdmin(String url, String user, char[] password) {
        this.url = ServerAccount.normalise(url);
        this.login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", new String(password));
        }
        login.setProperty("connectTimeout", "10");
    }

    private ServerAdmin(String url, Properties login) {
        this.url = url;
        this.login = login;
    }

    /** Creates or upgrades the schema and runs {@code statements}; returns the migrations applied now. */
    public int initialise(List<String> statements) throws ServerRefusedException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        if (login.containsKey("user")) {
            source.setUser(login.getProperty("user"));
        }
        if (login.containsKey("password")) {
            source.setPassword(login.getProperty("password"));
        }
        int applied;
        try {
            applied = ServerSchema.migrate(source);
        } catch (FlywayException e) {
            throw new ServerRefusedException("cannot create the schema fieldbook: " + firstLine(e.getMessage()), e);
        }
        run(statements);
        return applied;
    }

    /** Runs set-up statements in one transaction. */
    public void run(List<String> statements) throws ServerRefusedException {
        try (Connection connection = DriverManager.getConnection(url, login)) {
            ServerSetup.run(connection, statements);
        } catch (SQLException e) {
            throw new ServerRefusedException("the server refused the set-up: " + firstLine(e.getMessage()), e);
        }
    }

    /** A new database on the same server, as an admin session on it (for the bench). */
    public ServerAdmin createDatabase(String prefix) throws ServerRefusedException {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + name);
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        return new ServerAdmin(url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)), login);
    }

    /** Drops the database this session is on, from the server's {@code postgres} database. */
    public void dropDatabase() throws ServerRefusedException {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        new ServerAdmin(url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query)), login)
                .execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** A team's id and the last sequence number the server gave one of its changes. */
    public record TeamPosition(UUID teamId, long lastSeq) {
    }

    public TeamPosition teamPosition(String teamName) throws ServerRefusedException {
        try (Connection connection = DriverManager.getConnection(url, login);
             java.sql.PreparedStatement query = connection.prepareStatement(
                     "SELECT team_id, last_seq FROM fieldbook.team WHERE name = ?")) {
            query.setString(1, teamName);
            try (java.sql.ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new ServerRefusedException("no team named " + teamName, null);
                }
                return new TeamPosition(row.getObject(1, UUID.class), row.getLong(2));
            }
        } catch (SQLException e) {
            throw new ServerRefusedException("the server refused: " + firstLine(e.getMessage()), e);
        }
    }

    /** The URL a user connects with: without the admin's parameters. */
    public String userUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private void execute(String sql) throws ServerRefusedException {
        try (Connection connection = DriverManager.getConnection(url, login);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ServerRefusedException("the server refused: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int lineBreak = text.indexOf('\n');
        return lineBreak < 0 ? text : text.substring(0, lineBreak);
    }
}
