package org.fieldbook.sync.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the server tests: the one in FIELDBOOK_TEST_PG_URL (a JDBC URL of an admin login that may
 * create databases and roles, user and password as URL parameters), else one started by the tests. If none can
 * be had the tests fail; they never skip. Each {@link #newServer()} is a database of its own with the Fieldbook
 * schema, so tests do not see each other's teams; logins are cluster-wide, so their names are made unique.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "FIELDBOOK_TEST_PG_URL";
    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            String external = System.getenv(URL_VARIABLE);
            if (external != null && !external.isBlank()) {
                adminUrl = external.strip();
            } else {
                try {
                    // the admin is trusted; every other login must give its password, as on a real server
                    embedded = EmbeddedPostgres.builder().setDataDirectoryCustomizer(folder -> {
                        try {
                            java.nio.file.Files.writeString(folder.toPath().resolve("pg_hba.conf"), String.join("\n",
                                    "local all postgres trust", "host all postgres 127.0.0.1/32 trust",
                                    "host all postgres ::1/128 trust", "local all all scram-sha-256",
                                    "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256",
                                    ""));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).start();
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException("PostgreSQL could not be started for the server tests (set "
                            + URL_VARIABLE + " to use an existing server): " + e.getMessage(), e);
                }
                adminUrl = embedded.getJdbcUrl("postgres", "postgres");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is going anyway
                    }
                }));
            }
        }
        return adminUrl;
    }

    /** A fresh database with the server schema and the login role, as a fixture to add teams and users to. */
    public static Server newServer() throws SQLException {
        String database = "fb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(adminUrl());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return new Server(withDatabase(adminUrl(), database));
    }

    /** A new empty database: the user-facing URL (no credentials) and the admin login that owns it. */
    public record EmptyDatabase(String url, String admin, String adminPassword) {
    }

    public static EmptyDatabase newEmptyDatabase() throws SQLException {
        String database = "fb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(adminUrl());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String url = withDatabase(adminUrl(), database);
        int query = url.indexOf('?');
        String user = "postgres";
        String password = "unused";
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].equals("user")) {
                    user = kv[1];
                } else if (kv.length == 2 && kv[0].equals("password")) {
                    password = kv[1];
                }
            }
        }
        return new EmptyDatabase(query < 0 ? url : url.substring(0, query), user, password);
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    /** One database: admin connections, teams and logins. */
    public static final class Server {
        private final String adminUrl;

        Server(String adminUrl) throws SQLException {
            this.adminUrl = adminUrl;
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setUrl(adminUrl);
            ServerSchema.migrate(source);
        }

        public Connection admin() throws SQLException {
            return DriverManager.getConnection(adminUrl);
        }

        /** The URL without the admin's credentials, as a user would type it. */
        public String url() {
            int query = adminUrl.indexOf('?');
            return query < 0 ? adminUrl : adminUrl.substring(0, query);
        }

        public void createTeam(String team) throws SQLException {
            try (Connection admin = admin()) {
                ServerSetup.run(admin, ServerSetup.initSql(team));
            }
        }

        /** A new login in {@code team}; returns the account a device syncs with. */
        public ServerAccount addUser(String team, String prefix) throws SQLException {
            String login = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
            char[] password = ("pw-" + login).toCharArray();
            try (Connection admin = admin()) {
                ServerSetup.run(admin, ServerSetup.addUserSql(team, login, password));
            }
            return new ServerAccount(url(), login, password);
        }

        public void execute(String... statements) throws SQLException {
            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                for (String sql : List.of(statements)) {
                    statement.execute(sql);
                }
            }
        }

        public long count(String sql) throws SQLException {
            try (Connection admin = admin(); Statement statement = admin.createStatement();
                 var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
