package org.fieldbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.fieldbook.store.change.ChangeCapture;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Makes a snapshot's H2 file the database of a fresh device (docs/decisions/0016-database-snapshots.md). The
 * file is written beside the live one, encrypted as the live one is, migrated by Flyway if it is older, given
 * this device's own rows (its device row, settings, import history) and the snapshot's bookkeeping, and only then
 * swapped in with the marker protocol of {@link EncryptionConversion}: a crash before the marker leaves the
 * fresh database as it was (leftovers are deleted at the next open), a crash after it finishes the swap.
 */
final class SnapshotRestore {
    private SnapshotRestore() {
    }

    /**
     * Prepares the restored database under {@link EncryptionConversion#CONVERTED} and writes the marker.
     * {@code live} gives connections to the database as it is (its queries paused for everybody else).
     */
    static void prepare(Path folder, char[] filePassword, DataSource live, InputStream plainFile,
                        Consumer<Tx> bookkeeping, int schemaVersion, Clock clock) throws IOException, SQLException {
        EncryptionConversion.deleteLeftovers(folder);
        Path base = folder.resolve(EncryptionConversion.CONVERTED);
        boolean done = false;
        try {
            SnapshotDatabase.writeFile(plainFile, folder.resolve(EncryptionConversion.CONVERTED + ".mv.db"),
                    filePassword);
            org.h2.jdbcx.JdbcDataSource restored = SnapshotDatabase.dataSource(base, filePassword);
            Flyway.configure().dataSource(restored).locations("classpath:db/migration").loggers("slf4j").load()
                    .migrate();
            try (Connection to = restored.getConnection(); Connection from = live.getConnection()) {
                if (count(from, "CHANGE_LOG") > 0 || count(from, "PEER") > 0) {
                    throw new IllegalStateException("only a replica with no changes can join from a snapshot");
                }
                to.setAutoCommit(false);
                for (String table : SnapshotDatabase.LOCAL_TABLES) {
                    SnapshotDatabase.execute(to, "DELETE FROM \"" + table + "\"");
                }
                for (String table : SnapshotDatabase.LOCAL_TABLES_PARENTS_FIRST) {
                    SnapshotDatabase.copy(from, "SELECT * FROM \"" + table + "\"", to, table);
                }
                var db = DSL.using(to, SQLDialect.H2);
                ChangeCapture capture = new ChangeCapture(db, schemaVersion, clock::millis);
                bookkeeping.accept(new Tx(db, capture, clock));
                capture.flush();
                DealFacts.rebuild(to); // a snapshot carries no derived rows (V15)
                to.commit();
                SnapshotDatabase.execute(to, "SHUTDOWN");
            }
            Path partial = folder.resolve(EncryptionConversion.MARKER + ".partial");
            EncryptionConversion.writeSynced(partial, ("to=" + (filePassword == null ? "plain" : "encrypted")
                    + "\n").getBytes(StandardCharsets.US_ASCII));
            Files.move(partial, folder.resolve(EncryptionConversion.MARKER), StandardCopyOption.ATOMIC_MOVE);
            EncryptionConversion.syncFolder(folder);
            done = true;
        } finally {
            if (!done) {
                EncryptionConversion.deleteLeftovers(folder);
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
