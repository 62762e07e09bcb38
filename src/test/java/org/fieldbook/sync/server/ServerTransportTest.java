package org.fieldbook.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two and three devices through a real PostgreSQL: exchange, idempotence, joining from a snapshot, refusals. */
class ServerTransportTest {
    private static TestPostgres.Server server;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.newServer();
        server.createTeam("Alpha");
    }

    @Test
    void changesOfOneDeviceReachAnotherOnceAndAgainNothingMoves() throws Exception {
        ServerAccount anna = server.addUser("Alpha", "anna");
        ServerAccount ben = server.addUser("Alpha", "ben");
        try (Database a = Database.open(temp.resolve("a")); Database b = Database.open(temp.resolve("b"))) {
            a.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
            b.store().write(tx -> tx.accounts().insert(Account.create("Globex", null)));

            ServerSyncReport first = exchange(anna, a, "laptop A");
            ServerSyncReport second = exchange(ben, b, "laptop B");
            ServerSyncReport third = exchange(anna, a, "laptop A");

            assertEquals("Alpha", first.team());
            assertTrue(first.pushed() > 0);
            assertEquals(first.pushed(), second.pulled());
            assertEquals(second.pushed(), third.pulled());
            assertEquals(names(a), names(b));
            assertEquals(List.of("Acme", "Globex"), names(a));

            ServerSyncReport again = exchange(ben, b, "laptop B");
            assertEquals(0, again.pushed());
            assertEquals(0, again.pulled());
            assertEquals(server.count("SELECT count(*) FROM fieldbook.change"),
                    server.count("SELECT count(DISTINCT change_id) FROM fieldbook.change"));
            assertEquals("laptop A", new SyncEngine(b.store()).peers().get(0).name());
        }
    }

    @Test
    void aNewDeviceJoinsFromTheSnapshotAndPullsOnlyWhatCameAfter() throws Exception {
        TestPostgres.Server own = TestPostgres.newServer();
        own.createTeam("Beta");
        ServerAccount carla = own.addUser("Beta", "carla");
        try (Database a = Database.open(temp.resolve("a")); Database late = Database.open(temp.resolve("late"))) {
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                accounts.add(Account.create("Account " + i, null));
            }
            a.store().writeVoid(tx -> tx.accounts().insertAll(accounts));
            new ServerTransport(carla, 100, 200).exchange(a.store(), new SyncEngine(a.store()), "first");
            assertEquals(1, own.count("SELECT count(*) FROM fieldbook.snapshot"));
            a.store().write(tx -> tx.accounts().insert(Account.create("After the snapshot", null)));
            new ServerTransport(carla, 100, 200).exchange(a.store(), new SyncEngine(a.store()), "first");

            ServerSyncReport joined = new ServerTransport(carla, 100, 200)
                    .exchange(late.store(), new SyncEngine(late.store()), "late");

            assertTrue(joined.joined());
            assertEquals(1, joined.pulled(), "only the change after the snapshot is pulled");
            assertEquals(names(a), names(late));
            assertEquals(301, names(late).size());
        }
    }

    @Test
    void aWrongPasswordOrAStrangerIsRefusedWithASentence() throws Exception {
        ServerAccount anna = server.addUser("Alpha", "anna");
        try (Database a = Database.open(temp.resolve("a"))) {
            ServerAccount wrong = new ServerAccount(server.url(), anna.user(), "not the password".toCharArray());
            ServerRefusedException refused = assertThrows(ServerRefusedException.class,
                    () -> exchange(wrong, a, "A"));
            assertTrue(refused.getMessage().contains("refused the login " + anna.user()), refused.getMessage());

            server.execute("CREATE ROLE stranger_" + Math.abs(System.nanoTime() % 100000)
                    + " LOGIN PASSWORD 'stranger-pw' IN ROLE fieldbook_user");
            String stranger = firstLogin("stranger_");
            ServerRefusedException notMember = assertThrows(ServerRefusedException.class, () -> exchange(
                    new ServerAccount(server.url(), stranger, "stranger-pw".toCharArray()), a, "A"));
            assertTrue(notMember.getMessage().contains("not a member of a team"), notMember.getMessage());
            assertEquals(0, (long) a.store().read(tx -> tx.settings().get("sync.server.cursor.x").map(x -> 1L)
                    .orElse(0L)));
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsOfflineNotAnError() throws Exception {
        try (Database a = Database.open(temp.resolve("a"))) {
            ServerAccount nowhere = new ServerAccount("jdbc:postgresql://127.0.0.1:1/fieldbook", "anna",
                    "password".toCharArray());
            ServerOfflineException offline = assertThrows(ServerOfflineException.class,
                    () -> exchange(nowhere, a, "A"));
            assertTrue(offline.getMessage().startsWith("the sync server 127.0.0.1:1/fieldbook cannot be reached"),
                    offline.getMessage());
        }
    }

    private static String firstLogin(String prefix) throws Exception {
        try (var admin = server.admin(); var statement = admin.createStatement();
             var rows = statement.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + prefix
                     + "%' LIMIT 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    static ServerSyncReport exchange(ServerAccount account, Database database, String name) throws Exception {
        return new ServerTransport(account).exchange(database.store(), new SyncEngine(database.store()), name);
    }

    static List<String> names(Database database) {
        return database.store().read(tx -> tx.accounts().all()).stream().map(Account::name).sorted().toList();
    }
}
