package org.fieldbook.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A login of team B, typing SQL by hand, can neither read nor write team A's rows: row-level security and
 * grants, not the app, keep teams apart.
 */
class TeamIsolationTest {
    @TempDir
    Path temp;

    @Test
    void teamBsLoginCannotReadOrWriteTeamAsRows() throws Exception {
        TestPostgres.Server server = TestPostgres.newServer();
        server.createTeam("Team A");
        server.createTeam("Team B");
        ServerAccount alice = server.addUser("Team A", "alice");
        ServerAccount bob = server.addUser("Team B", "bob");
        try (Database a = Database.open(temp.resolve("a")); Database b = Database.open(temp.resolve("b"))) {
            a.store().write(tx -> tx.accounts().insert(Account.create("Secret deal of A", null)));
            new ServerTransport(alice).exchange(a.store(), new SyncEngine(a.store()), "alice's laptop");
            b.store().write(tx -> tx.accounts().insert(Account.create("B's account", null)));
            ServerSyncReport bobs = new ServerTransport(bob).exchange(b.store(), new SyncEngine(b.store()), "bob's");
            assertEquals(0, bobs.pulled());
            assertTrue(ServerTransportTest.names(b).stream().noneMatch(n -> n.contains("A")));
        }
        String teamA = text(server, "SELECT team_id FROM fieldbook.team WHERE name = 'Team A'");
        long aChanges = server.count("SELECT count(*) FROM fieldbook.change WHERE team_id = '" + teamA + "'");
        assertTrue(aChanges > 0);

        try (Connection asBob = bob.connect()) {
            asBob.setAutoCommit(true);
            assertEquals(0, count(asBob, "SELECT count(*) FROM fieldbook.change WHERE team_id = '" + teamA + "'"));
            assertEquals(0, count(asBob, "SELECT count(*) FROM fieldbook.change WHERE payload LIKE '%Secret%'"));
            assertEquals(1, count(asBob, "SELECT count(*) FROM fieldbook.team"), "sees only its own team");
            assertEquals(1, count(asBob, "SELECT count(*) FROM fieldbook.member"), "sees only its own membership");
            assertEquals(1, count(asBob, "SELECT count(*) FROM fieldbook.device"), "not alice's laptop");

            SQLException forged = assertThrows(SQLException.class, () -> execute(asBob, "INSERT INTO "
                    + "fieldbook.change (team_id, seq, change_id, device_id, device_seq, payload) VALUES ('" + teamA
                    + "', 999999, gen_random_uuid(), gen_random_uuid(), 1, '{}')"));
            assertEquals("42501", forged.getSQLState(), forged.getMessage());
            assertEquals(0, update(asBob, "UPDATE fieldbook.team SET last_seq = 0 WHERE team_id = '" + teamA + "'"));
            assertEquals("42501", assertThrows(SQLException.class, () -> execute(asBob,
                    "DELETE FROM fieldbook.change")).getSQLState(), "changes are append-only");
            assertEquals("42501", assertThrows(SQLException.class, () -> execute(asBob,
                    "UPDATE fieldbook.change SET payload = '{}'")).getSQLState());
            assertEquals("42501", assertThrows(SQLException.class, () -> execute(asBob,
                    "INSERT INTO fieldbook.member (login, team_id) VALUES (current_user, '" + teamA + "')"))
                    .getSQLState(), "cannot move itself into team A");
            assertEquals(0, update(asBob, "DELETE FROM fieldbook.snapshot WHERE team_id = '" + teamA + "'"));
            assertEquals("42501", assertThrows(SQLException.class, () -> execute(asBob,
                    "ALTER TABLE fieldbook.change DISABLE ROW LEVEL SECURITY")).getSQLState());
            assertEquals("42501", assertThrows(SQLException.class, () -> execute(asBob,
                    "CREATE TABLE fieldbook.mine (x int)")).getSQLState(), "no DDL in the schema");
            assertFalse(bool(asBob, "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"));
        }
        assertEquals(aChanges, server.count("SELECT count(*) FROM fieldbook.change WHERE team_id = '" + teamA + "'"),
                "team A's rows unchanged");
    }

    private static String text(TestPostgres.Server server, String sql) throws SQLException {
        try (Connection admin = server.admin(); Statement statement = admin.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean bool(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
