package org.fieldbook.sync.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.Backoff;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.State;
import org.fieldbook.sync.server.ServerAccount;
import org.fieldbook.sync.server.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TeamSync} through a real PostgreSQL: the choice of target, the password's life, offline and back-off. */
class TeamSyncServerTest {
    private static TestPostgres.Server server;
    private static ServerAccount ana;
    private static ServerAccount bo;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.newServer();
        server.createTeam("Field");
        ana = server.addUser("Field", "ana");
        bo = server.addUser("Field", "bo");
    }

    private static ServerSettings settings(ServerAccount account, String team) {
        return new ServerSettings(server.url(), account.user(), "disable", team);
    }

    private static char[] passwordOf(ServerAccount account) {
        return ("pw-" + account.user()).toCharArray(); // as TestPostgres makes them
    }

    private static TeamSync sync(Database laptop, Keychain keychain) {
        return new TeamSync(laptop.store(), new SyncEngine(laptop.store()), () -> "laptop", keychain,
                new Backoff(TeamSync.FIRST_RETRY, TeamSync.MAX_RETRY, TeamSync.JITTER, () -> 0.5));
    }

    @Test
    void twoLaptopsSyncThroughTheServerAndTheChoiceOutlivesARestart() throws Exception {
        MemoryKeychain keychain = new MemoryKeychain();
        try (Database first = Database.open(temp.resolve("ana")); TeamSync sync = sync(first, keychain)) {
            first.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
            assertEquals(TeamSync.Target.FOLDER, sync.target());
            assertTrue(sync.useServer(settings(ana, "Field"), passwordOf(ana)), "kept: a keychain holds the key");
            SyncStatus synced = sync.exchangeNow();
            assertEquals(State.SYNCED, synced.state(), synced.problem());
            assertEquals(0, synced.pending());
        }
        try (Database again = Database.open(temp.resolve("ana")); TeamSync sync = sync(again, keychain)) {
            assertEquals(TeamSync.Target.SERVER, sync.target());
            assertEquals("Field", sync.server().orElseThrow().team());
            assertEquals(State.SYNCED, sync.exchangeNow().state(), "the stored password opens without asking");
        }
        try (Database again = Database.open(temp.resolve("ana")); TeamSync sync = sync(again, keychain)) {
            String typed = server.url() + "?sslmode=disable";
            assertEquals("pw-" + ana.user(), new String(sync.storedServerPassword(typed, ana.user()).orElseThrow()),
                    "the command line gets the saved password for the same server and login");
            assertTrue(sync.storedServerPassword(typed, bo.user()).isEmpty(), "not for another login");
            assertTrue(sync.storedServerPassword("jdbc:postgresql://elsewhere/db", ana.user()).isEmpty());
        }
        try (Database second = Database.open(temp.resolve("bo")); TeamSync sync = sync(second, keychain)) {
            sync.useServer(settings(bo, ""), passwordOf(bo));
            assertEquals(State.SYNCED, sync.exchangeNow().state());
            assertEquals(1L, (long) second.store().read(tx -> tx.accounts().countLive()));
        }
    }

    @Test
    void withoutAKeychainTheNextSessionAsksForThePassword() throws Exception {
        try (Database laptop = Database.open(temp.resolve("laptop")); TeamSync sync = sync(laptop, Keychain.none())) {
            assertTrue(!sync.useServer(settings(ana, ""), passwordOf(ana)), "this session only");
            assertEquals(State.SYNCED, sync.exchangeNow().state());
        }
        try (Database laptop = Database.open(temp.resolve("laptop")); TeamSync sync = sync(laptop, Keychain.none())) {
            assertEquals(State.NEEDS_PASSWORD, sync.exchangeNow().state());
            sync.useServer(sync.server().orElseThrow(), passwordOf(ana));
            assertEquals(State.SYNCED, sync.exchangeNow().state());
        }
    }

    @Test
    void aWrongPasswordIsForgottenAndAskedForAndAWrongTeamFailsBeforePushing() throws Exception {
        try (Database laptop = Database.open(temp.resolve("laptop"));
             TeamSync sync = sync(laptop, new MemoryKeychain())) {
            laptop.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
            sync.useServer(settings(ana, ""), "not-it".toCharArray());
            SyncStatus refused = sync.exchangeNow();
            assertEquals(State.NEEDS_PASSWORD, refused.state());
            assertEquals("WRONG_LOGIN", refused.problemKind());
            assertTrue(!sync.hasServerPassword(), "the refused password is not kept");

            long before = server.count("SELECT count(*) FROM fieldbook.change");
            sync.useServer(settings(ana, "Other team"), passwordOf(ana));
            SyncStatus wrongTeam = sync.exchangeNow();
            assertEquals(State.FAILED, wrongTeam.state());
            assertEquals("WRONG_TEAM", wrongTeam.problemKind());
            assertEquals(before, server.count("SELECT count(*) FROM fieldbook.change"), "nothing was pushed");
        }
    }

    @Test
    void unreachableServerIsOfflineWithTriesFurtherApartEachTime() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Database laptop = Database.open(temp.resolve("laptop"));
             TeamSync sync = sync(laptop, new MemoryKeychain())) {
            sync.useServer(new ServerSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/fieldbook", "ana",
                    "disable", ""), "secret".toCharArray());
            long[] waits = new long[3];
            for (int i = 0; i < waits.length; i++) {
                Instant before = Instant.now();
                SyncStatus offline = sync.exchangeNow();
                assertEquals(State.OFFLINE, offline.state());
                assertEquals("UNREACHABLE", offline.problemKind());
                assertNotNull(offline.retryAt());
                waits[i] = Duration.between(before, offline.retryAt()).toSeconds();
            }
            assertEquals(5, waits[0], 1);
            assertEquals(10, waits[1], 1);
            assertEquals(20, waits[2], 1);
        }
    }
}
