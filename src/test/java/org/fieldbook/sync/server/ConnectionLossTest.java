package org.fieldbook.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server ends a device's connection (pg_terminate_backend from an admin session) in the middle of a push
 * and of a pull: the server keeps none of the cut-off push, the device keeps exactly the batches it committed,
 * and the next exchange carries on from there without losing or repeating a change.
 */
class ConnectionLossTest {
    private static final int ACCOUNTS = 1_200;
    private static TestPostgres.Server server;
    private static ServerAccount alice;
    private static ServerAccount bob;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.newServer();
        server.createTeam("Field");
        alice = server.addUser("Field", "alice");
        bob = server.addUser("Field", "bob");
    }

    @Test
    void aPushCutOffMidTransactionLeavesNothingAndTheNextPushSendsEverything() throws Exception {
        server.execute("CREATE FUNCTION public.stall() RETURNS trigger LANGUAGE plpgsql AS "
                        + "'BEGIN PERFORM pg_sleep(60); RETURN NEW; END'",
                "CREATE TRIGGER stall BEFORE INSERT ON fieldbook.change FOR EACH ROW WHEN (NEW.device_seq = 600) "
                        + "EXECUTE FUNCTION public.stall()");
        try (Database a = Database.open(temp.resolve("a")); Database b = Database.open(temp.resolve("b"))) {
            addAccounts(a, "A");
            CompletableFuture<ServerSyncReport> push = CompletableFuture.supplyAsync(() -> exchangeOrNull(alice, a));
            terminateWhen("usename = '" + alice.user() + "' AND wait_event = 'PgSleep'");
            Throwable cut = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> push.get(30, TimeUnit.SECONDS)).getCause();
            assertTrue(cut instanceof ServerOfflineException, String.valueOf(cut));

            assertEquals(0, server.count("SELECT count(*) FROM fieldbook.change"), "nothing of the cut-off push");
            assertEquals(0, server.count("SELECT last_seq FROM fieldbook.team"));
            server.execute("DROP TRIGGER stall ON fieldbook.change");
            b.store().write(tx -> tx.accounts().insert(Account.create("B meanwhile", null)));
            assertEquals(1, ServerTransportTest.exchange(bob, b, "B").pushed(), "the team lock was released");

            ServerSyncReport again = ServerTransportTest.exchange(alice, a, "A");
            assertEquals(ACCOUNTS, again.pushed());
            assertEquals(1, again.pulled());
            assertEquals(ACCOUNTS, ServerTransportTest.exchange(bob, b, "B").pulled());
            assertEquals(ServerTransportTest.names(a), ServerTransportTest.names(b));
        } finally {
            server.execute("DROP TRIGGER IF EXISTS stall ON fieldbook.change", "DROP FUNCTION public.stall()");
        }
    }

    @Test
    void aPullCutOffBetweenBatchesKeepsWhatWasAppliedAndResumesAfterIt() throws Exception {
        server.execute("TRUNCATE fieldbook.change, fieldbook.snapshot_chunk, fieldbook.snapshot", "UPDATE fieldbook.team SET last_seq = 0");
        try (Database a = Database.open(temp.resolve("a")); Database b = Database.open(temp.resolve("b"))) {
            addAccounts(a, "A");
            ServerTransportTest.exchange(alice, a, "A");
            SyncEngine engine = new SyncEngine(b.store());
            ServerTransport cutAfterFirstBatch = new ServerTransport(bob, 200, Long.MAX_VALUE).onPulledBatch(
                    applied -> terminateNow("usename = '" + bob.user() + "'"));

            assertThrows(ServerOfflineException.class, () -> cutAfterFirstBatch.exchange(b.store(), engine, "B"));

            assertEquals(200, ServerTransportTest.names(b).size(), "the first batch stays applied");
            String key = cursorKey();
            long cursor = b.store().read(tx -> tx.settings().get(key)).map(Long::parseLong).orElseThrow();
            assertEquals(server.count("SELECT seq FROM fieldbook.change ORDER BY seq OFFSET 199 LIMIT 1"), cursor,
                    "the cursor moved with the batch, no further");

            ServerSyncReport resumed = new ServerTransport(bob, 200, Long.MAX_VALUE).exchange(b.store(), engine, "B");
            assertEquals(ACCOUNTS - 200, resumed.pulled());
            assertEquals(ServerTransportTest.names(a), ServerTransportTest.names(b));
            assertEquals(0, engine.waitingCount());
        }
    }

    private static String cursorKey() throws Exception {
        try (var admin = server.admin(); var rows = admin.createStatement().executeQuery(
                "SELECT team_id FROM fieldbook.team")) {
            rows.next();
            return ServerTransport.CURSOR_SETTING + rows.getString(1);
        }
    }

    private static void addAccounts(Database database, String prefix) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(Account.create(prefix + " " + i, null));
        }
        database.store().writeVoid(tx -> tx.accounts().insertAll(accounts));
    }

    private static ServerSyncReport exchangeOrNull(ServerAccount account, Database database) {
        try {
            return ServerTransportTest.exchange(account, database, "A");
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    /** Waits (up to 30 s) for a backend matching {@code where} in pg_stat_activity, then ends it. */
    private static void terminateWhen(String where) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (server.count("SELECT count(*) FROM pg_stat_activity WHERE " + where) > 0) {
                terminateNow(where);
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no backend where " + where);
    }

    private static void terminateNow(String where) {
        try {
            server.count("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE " + where);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
