package org.fieldbook.sync.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SnapshotCut;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.folder.SnapshotFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server snapshots kept in rows of 1 MiB (server schema 2): written and read a row at a time, team by team. */
class ServerSnapshotRowsTest {
    private static TestPostgres.Server server;
    private static UUID teamA;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.newServer();
        server.createTeam("Rows A");
        server.createTeam("Rows B");
        try (Connection admin = server.admin(); Statement statement = admin.createStatement();
             var row = statement.executeQuery("SELECT team_id FROM fieldbook.team WHERE name = 'Rows A'")) {
            row.next();
            teamA = row.getObject(1, UUID.class);
        }
    }

    @Test
    void aSnapshotOfSeveralRowsIsReadBackWholeAndARowMissingIsRefused() throws Exception {
        ServerAccount anna = server.addUser("Rows A", "anna");
        byte[] state = new byte[SnapshotRows.ROW_BYTES * 2 + 777];
        new SplittableRandom(3).nextBytes(state);
        UUID id = UUID.randomUUID();
        SnapshotCut cut = new SnapshotCut(Map.of(UUID.randomUUID(), 5L), 1L);
        try (Connection db = anna.connect()) {
            insertSnapshotRow(db, id, teamA, new byte[0]);
            try (OutputStream rows = SnapshotRows.writer(db, id, teamA)) {
                SnapshotFile.write(rows, teamA, UUID.randomUUID(), null, sink -> {
                    try (OutputStream body = sink.open(cut)) {
                        body.write(state);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return cut;
                });
            }
            db.commit();
            assertEquals(3, count(db, "SELECT count(*) FROM fieldbook.snapshot_chunk WHERE snapshot_id = '" + id + "'"));
            assertArrayEquals(state, readState(db, id));
            db.commit();
        }
        server.execute("DELETE FROM fieldbook.snapshot_chunk WHERE snapshot_id = '" + id + "' AND chunk = 1");
        try (Connection db = anna.connect()) {
            IOException refused = assertThrows(IOException.class, () -> readState(db, id));
            assertTrue(refused.getMessage().contains("incomplete"), refused.getMessage());
        }
    }

    /** The chunked snapshot a device writes is the one a new device joins from; pruning takes its rows along. */
    @Test
    void aNewDeviceJoinsFromARowSnapshotAndPrunedSnapshotsLeaveNoRows() throws Exception {
        ServerAccount carla = server.addUser("Rows A", "carla");
        try (Database a = Database.open(temp.resolve("a")); Database late = Database.open(temp.resolve("late"))) {
            for (int round = 0; round < 3; round++) {
                List<Account> accounts = new ArrayList<>();
                for (int i = 0; i < 250; i++) {
                    accounts.add(Account.create("Round " + round + " account " + i, null));
                }
                a.store().writeVoid(tx -> tx.accounts().insertAll(accounts));
                new ServerTransport(carla, 100, 200).exchange(a.store(), new SyncEngine(a.store()), "first");
            }
            assertEquals(ServerSnapshots.KEPT, server.count("SELECT count(*) FROM fieldbook.snapshot WHERE team_id = '"
                    + teamA + "' AND length(body) = 0"));
            assertEquals(0, server.count("SELECT count(*) FROM fieldbook.snapshot_chunk c WHERE NOT EXISTS "
                    + "(SELECT 1 FROM fieldbook.snapshot s WHERE s.snapshot_id = c.snapshot_id)"));

            ServerSyncReport joined = new ServerTransport(carla, 100, 200)
                    .exchange(late.store(), new SyncEngine(late.store()), "late");

            assertTrue(joined.joined(), joined.problems().toString());
            assertEquals(0, joined.pulled(), "everything came with the snapshot");
            assertEquals(ServerTransportTest.names(a), ServerTransportTest.names(late));
        }
    }

    /** A snapshot kept as one body by a Fieldbook before schema 2 is still joined from. */
    @Test
    void aSnapshotInTheRowsBodyIsStillJoinedFrom() throws Exception {
        TestPostgres.Server own = TestPostgres.newServer();
        own.createTeam("Legacy");
        ServerAccount dora = own.addUser("Legacy", "dora");
        try (Database a = Database.open(temp.resolve("a")); Database late = Database.open(temp.resolve("late"))) {
            a.store().writeVoid(tx -> tx.accounts().insert(Account.create("From the body", null)));
            SyncEngine engine = new SyncEngine(a.store());
            new ServerTransport(dora).exchange(a.store(), engine, "old");
            try (Connection db = dora.connect()) {
                UUID team;
                try (Statement statement = db.createStatement();
                     var row = statement.executeQuery("SELECT fieldbook.my_team()")) {
                    row.next();
                    team = row.getObject(1, UUID.class);
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                SnapshotFile.write(body, team, engine.deviceId(), null, engine::snapshot);
                insertSnapshotRow(db, UUID.randomUUID(), team, body.toByteArray());
                db.commit();
            }

            ServerSyncReport joined = new ServerTransport(dora).exchange(late.store(), new SyncEngine(late.store()),
                    "new");

            assertTrue(joined.joined(), joined.problems().toString());
            assertEquals(List.of("From the body"), ServerTransportTest.names(late));
        }
    }

    @Test
    void anotherTeamsLoginNeitherSeesNorWritesNorDeletesTheRows() throws Exception {
        ServerAccount anna = server.addUser("Rows A", "anna");
        ServerAccount bob = server.addUser("Rows B", "bob");
        UUID id = UUID.randomUUID();
        try (Connection db = anna.connect()) {
            insertSnapshotRow(db, id, teamA, new byte[0]);
            try (OutputStream rows = SnapshotRows.writer(db, id, teamA)) {
                rows.write(new byte[100]);
            }
            db.commit();
        }
        try (Connection asBob = bob.connect()) {
            asBob.setAutoCommit(true);
            assertEquals(0, count(asBob, "SELECT count(*) FROM fieldbook.snapshot_chunk"));
            SQLException forged = assertThrows(SQLException.class, () -> execute(asBob, "INSERT INTO "
                    + "fieldbook.snapshot_chunk (snapshot_id, team_id, chunk, bytes) VALUES ('" + id + "', '" + teamA
                    + "', 1, '\\x00')"));
            assertEquals("42501", forged.getSQLState(), forged.getMessage());
            assertEquals("42501", assertThrows(SQLException.class, () -> execute(asBob,
                    "DELETE FROM fieldbook.snapshot_chunk")).getSQLState());
            assertEquals("42501", assertThrows(SQLException.class, () -> execute(asBob,
                    "UPDATE fieldbook.snapshot_chunk SET bytes = '\\x00'")).getSQLState());
        }
        assertEquals(1, server.count("SELECT count(*) FROM fieldbook.snapshot_chunk WHERE snapshot_id = '" + id + "'"));
    }

    private static byte[] readState(Connection db, UUID id) throws Exception {
        SnapshotFile.Contents contents = SnapshotFile.read(new SnapshotRows(db, id), teamA, null);
        try (InputStream in = contents.state()) {
            return in.readAllBytes();
        }
    }

    private static void insertSnapshotRow(Connection db, UUID id, UUID team, byte[] body) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fieldbook.snapshot (snapshot_id, team_id, "
                + "writer_device, coverage, pull_from, body) VALUES (?, ?, ?, 1, 0, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, team);
            insert.setObject(3, UUID.randomUUID());
            insert.setBytes(4, body);
            insert.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
