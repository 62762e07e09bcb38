package org.fieldbook.sync.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.folder.FolderTransport;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamSyncTest {
    @TempDir
    Path temp;

    @Test
    void theStatusSaysNotSetUpOfflineSyncedAndWhatIsPending() throws Exception {
        try (Database laptop = Database.open(temp.resolve("laptop"));
             TeamSync sync = new TeamSync(laptop.store(), new SyncEngine(laptop.store()), () -> "laptop")) {
            List<State> seen = new java.util.ArrayList<>();
            sync.addListener(status -> seen.add(status.state()));
            assertEquals(State.NOT_SET_UP, sync.exchangeNow().state());

            laptop.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
            sync.useFolder(temp.resolve("network-drive-not-mounted"), null);
            SyncStatus offline = sync.exchangeNow();
            assertEquals(State.OFFLINE, offline.state());
            assertEquals(1, offline.pending());

            sync.useFolder(Files.createDirectories(temp.resolve("team")), null);
            SyncStatus synced = sync.exchangeNow();
            assertEquals(State.SYNCED, synced.state());
            assertEquals(0, synced.pending());
            assertNotNull(synced.lastSyncedAt());
            assertEquals(List.of(State.SYNCING, State.SYNCED), seen.subList(seen.size() - 2, seen.size()));
        }
    }

    @Test
    void anEncryptedFolderAsksForThePassphraseAndSyncsOnceUnlocked() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        try (Database first = Database.open(temp.resolve("first"))) {
            first.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
            new FolderTransport(team, "s3cret".toCharArray()).exchange(new SyncEngine(first.store()), "first");
        }
        try (Database laptop = Database.open(temp.resolve("laptop"));
             TeamSync sync = new TeamSync(laptop.store(), new SyncEngine(laptop.store()), () -> "laptop")) {
            sync.useFolder(team, null);
            assertEquals(State.NEEDS_PASSPHRASE, sync.exchangeNow().state());

            sync.unlock("s3cret".toCharArray());
            assertEquals(State.SYNCED, sync.exchangeNow().state());
            assertEquals(1L, (long) laptop.store().read(tx -> tx.accounts().countLive()));
        }
    }

    @Test
    void onceStartedItSyncsByItselfAfterALocalEdit() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        try (Database laptop = Database.open(temp.resolve("laptop"));
             TeamSync sync = new TeamSync(laptop.store(), new SyncEngine(laptop.store()), () -> "laptop")) {
            var synced = new java.util.concurrent.CountDownLatch(1);
            sync.addListener(status -> {
                if (status.state() == State.SYNCED) {
                    synced.countDown();
                }
            });
            sync.useFolder(team, null);
            sync.start();
            org.junit.jupiter.api.Assertions.assertTrue(synced.await(30, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void aRequestMadeWhileAnExchangeRunsIsServedRightAfterIt() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        try (Database laptop = Database.open(temp.resolve("laptop"));
             TeamSync sync = new TeamSync(laptop.store(), new SyncEngine(laptop.store()), () -> "laptop")) {
            var exchanges = new java.util.concurrent.CountDownLatch(2);
            var asked = new java.util.concurrent.atomic.AtomicBoolean();
            sync.addListener(status -> {
                if (status.state() == State.SYNCING && asked.compareAndSet(false, true)) {
                    sync.syncSoon(java.time.Duration.ZERO); // an edit saved while the first exchange runs
                }
                if (status.state() == State.SYNCED) {
                    exchanges.countDown();
                }
            });
            sync.useFolder(team, null);
            sync.start();
            org.junit.jupiter.api.Assertions.assertTrue(exchanges.await(30, java.util.concurrent.TimeUnit.SECONDS),
                    "the second exchange is not left for the five-minute round");
        }
    }
}
