package org.fieldbook.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;

/**
 * How a data folder's H2 file is opened for {@link Database}: made when there is none, checked against the
 * newest schema, and upgraded by Flyway when it is older, with a copy from before kept and restored if an
 * earlier upgrade was killed half-way.
 */
final class DatabaseOpening {
    private DatabaseOpening() {
    }

    /** The connections to an opened, current database, and its schema version. */
    record Opened(HikariDataSource pool, int schemaVersion) {
    }

    /**
     * Opens the database file in {@code folder} (locked by the caller, {@code filePassword} its H2 password or
     * null), making or upgrading it first as needed. Closes what it opened when it fails.
     */
    static Opened openMigrated(Path folder, char[] filePassword) throws SQLException, IOException {
        if (!Files.exists(folder.resolve(Database.FILE_NAME + ".mv.db"))) {
            createNew(folder, filePassword);
        }
        HikariDataSource pool = pool(folder.resolve(Database.FILE_NAME), filePassword);
        try {
            if (isCurrent(pool)) {
                return new Opened(pool, Database.SCHEMA_VERSION);
            }
            Flyway flyway = flyway(pool);
            refuseNewerSchema(flyway, folder);
            if (failedUpgrade(flyway)) {
                pool.close();
                restoreBeforeUpgrade(folder);
                pool = pool(folder.resolve(Database.FILE_NAME), filePassword);
                flyway = flyway(pool);
            }
            if (flyway.info().pending().length > 0) {
                backupBeforeUpgrade(pool, folder);
            }
            flyway.migrate();
            return new Opened(pool, currentVersion(pool));
        } catch (SQLException | IOException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The connections, kept open by HikariCP. H2's own pool hands out a new session handle each time, which
     * empties H2's cache of parsed statements: every statement of every transaction was parsed again (160 µs
     * a statement against 11 µs, and a sixth of an edit's time).
     */
    static HikariDataSource pool(Path file, char[] filePassword) {
        // H2's own data source keeps the password as a char[], where HikariCP's settings would want a String
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + file.toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64"
                + (filePassword == null ? "" : ";CIPHER=AES"));
        h2.setUser("fieldbook");
        h2.setPasswordChars(filePassword == null ? new char[0] : EncryptionConversion.passwordField(filePassword));
        HikariConfig config = new HikariConfig();
        config.setDataSource(h2);
        config.setPoolName("fieldbook");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private static Flyway flyway(HikariDataSource pool) {
        return Flyway.configure().dataSource(pool).locations("classpath:db/migration").loggers("slf4j").load();
    }

    /**
     * Builds a new database under a temporary name and renames it when its schema is complete. H2 commits each
     * CREATE TABLE by itself, so a first start killed half-way would otherwise leave a half-made schema that
     * no later start could open; a leftover temporary file is simply made again.
     */
    private static void createNew(Path folder, char[] filePassword) throws IOException {
        Path base = folder.resolve(Database.FILE_NAME + "-new");
        Files.deleteIfExists(folder.resolve(Database.FILE_NAME + "-new.mv.db"));
        Files.deleteIfExists(folder.resolve(Database.FILE_NAME + "-new.trace.db"));
        HikariDataSource pool = pool(base, filePassword);
        try {
            flyway(pool).migrate();
        } finally {
            pool.close();
        }
        Files.move(folder.resolve(Database.FILE_NAME + "-new.mv.db"), folder.resolve(Database.FILE_NAME + ".mv.db"),
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** An upgrade can be killed half-way too: keep a consistent copy of the database from before it. */
    private static void backupBeforeUpgrade(HikariDataSource pool, Path folder) throws SQLException {
        try (var connection = pool.getConnection(); var statement = connection.prepareStatement("BACKUP TO ?")) {
            statement.setString(1, folder.resolve(Database.BACKUP_NAME).toAbsolutePath().toString());
            statement.execute();
        }
        try { // and one more in backups/, kept with the others: the next upgrade overwrites the first
            Files.createDirectories(DatabaseBackups.folder(folder));
            Path copy = DatabaseBackups.fileFor(folder, "before-upgrade", java.time.Instant.now());
            Files.copy(folder.resolve(Database.BACKUP_NAME), copy, StandardCopyOption.REPLACE_EXISTING);
            if (FolderKey.present(folder)) { // the copy may outlive this key: it carries its own
                DatabaseBackups.withKey(copy, Files.readAllBytes(folder.resolve(FolderKey.FILE_NAME)));
            }
        } catch (IOException e) {
            // fieldbook-before-upgrade.zip is there; the copy is a convenience
        }
    }

    private static boolean failedUpgrade(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).anyMatch(m -> m.getState() == MigrationState.FAILED);
    }

    private static void restoreBeforeUpgrade(Path folder) throws IOException {
        Path backup = folder.resolve(Database.BACKUP_NAME);
        if (!Files.exists(backup)) {
            throw new StoreException("error.database.damaged", folder,
                    "the database in " + folder + " was left half-upgraded and no copy from before is there", null);
        }
        Path damaged = folder.resolve(Database.FILE_NAME + ".mv.db");
        Files.move(damaged, folder.resolve(Database.FILE_NAME + ".mv.db.failed-upgrade"), StandardCopyOption.REPLACE_EXISTING);
        org.h2.tools.Restore.execute(backup.toString(), folder.toString(), Database.FILE_NAME);
    }

    /** A folder written by a newer Fieldbook must not be opened, and certainly not "migrated", by an older one. */
    private static void refuseNewerSchema(Flyway flyway, Path folder) {
        boolean newer = Arrays.stream(flyway.info().all())
                .anyMatch(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS);
        if (newer) {
            throw new StoreException("error.database.newer", folder,
                    "the data folder " + folder + " was written by a newer version of Fieldbook: update Fieldbook",
                    null);
        }
    }

    /** True when every migration up to {@link Database#SCHEMA_VERSION} succeeded and none newer or failed is recorded. */
    private static boolean isCurrent(HikariDataSource pool) {
        try (var connection = pool.getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(DISTINCT CAST(\"version\" AS INT)), "
                     + "MAX(CAST(\"version\" AS INT)), COUNT(*) FILTER (WHERE NOT \"success\") "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            rs.next();
            return rs.getInt(1) == Database.SCHEMA_VERSION && rs.getInt(2) == Database.SCHEMA_VERSION && rs.getInt(3) == 0;
        } catch (SQLException e) {
            return false; // no history table, or not ours: Flyway looks at it and says what is wrong
        }
    }

    private static int currentVersion(HikariDataSource pool) throws SQLException {
        try (var connection = pool.getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
