package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fieldbook.domain.Account;
import org.fieldbook.service.demo.DemoDataService;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining from a snapshot's H2 file (decision 0016) gives the same replica as replaying its rows. */
class DatabaseSnapshotJoinTest {
    private static final long SNAPSHOT_EVERY = 50;
    /** Every table a replica compares on; local_device, setting and import history are each device's own. */
    private static final List<String> TABLES = List.of("pipeline", "stage", "sales_rep", "account", "contact",
            "opportunity", "opportunity_contact", "stage_change", "lead", "activity", "custom_channel",
            "custom_field", "company_profile", "company_logo", "product", "product_price", "opportunity_line",
            "payment", "quote", "quote_line", "approval_rule", "approval_request", "assignment_rule",
            "field_version_entry", "change_log", "inbox");

    @TempDir
    Path temp;

    private static FolderSyncReport sync(Path shared, Database laptop) throws Exception {
        return new FolderTransport(shared, null, SNAPSHOT_EVERY).exchange(new SyncEngine(laptop.store()), "laptop");
    }

    @Test
    void joiningFromTheDatabaseFileEqualsReplayingTheRowsAndKeepsSyncingBothWays() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("share"));
        try (Database a = Database.open(temp.resolve("a"));
             Database b = Database.open(temp.resolve("b"))) {
            new DemoDataService(a.store()).load(new DemoOptions(7, 6, 60, Locale.US, LocalDate.of(2026, 6, 1)),
                    progress -> { });
            Account extra = Account.create("Edited after the cut", null);
            a.store().writeVoid(tx -> tx.accounts().insert(extra));
            sync(shared, a);
            assertTrue(names(shared).stream().anyMatch(n -> n.endsWith(".fbdb")), names(shared).toString());
            a.store().writeVoid(tx -> tx.accounts().update(extra.withName("After the cut")));
            sync(shared, a);

            Path oldWay = copyWithoutDatabaseSnapshots(shared, temp.resolve("share-old"));
            try (Database replayed = Database.open(temp.resolve("replayed"))) {
                assertEquals(List.of(), sync(oldWay, replayed).problems());
                Object before = fileKey(temp.resolve("b"));
                assertEquals(List.of(), sync(shared, b).problems());
                assertTrue(!before.equals(fileKey(temp.resolve("b"))), "b's database file is the snapshot's");
                Object replayedFile = fileKey(temp.resolve("replayed"));
                for (String table : TABLES) {
                    assertEquals(TestDatabases.dump(replayed, table, "updated_at"),
                            TestDatabases.dump(b, table, "updated_at"), table);
                }
                assertEquals(TestDatabases.dump(replayed, "peer", "last_seen_at", "name"),
                        TestDatabases.dump(b, "peer", "last_seen_at", "name"), "peer");
                // a snapshot carries no deal facts: the restored file derives them all
                assertEquals(0, TestDatabases.staleDealFacts(b));
                assertEquals(TestDatabases.dump(replayed, "deal_fact"), TestDatabases.dump(b, "deal_fact"));
                assertEquals(60, TestDatabases.dump(b, "deal_fact").size());
                assertEquals(replayedFile, fileKey(temp.resolve("replayed")), "the old way replays into the file");
                assertTrue(!new SyncEngine(b.store()).deviceId().equals(new SyncEngine(a.store()).deviceId()));
                assertEquals(TestDatabases.dump(a, "account", "updated_at"),
                        TestDatabases.dump(b, "account", "updated_at"));
            }

            Account onA = a.store().read(tx -> tx.accounts().get(extra.id()));
            var accounts = b.store().read(tx -> tx.accounts().byName());
            Account onB = accounts.stream().filter(x -> !x.id().equals(extra.id())).findFirst().orElseThrow();
            a.store().writeVoid(tx -> tx.accounts().update(onA.withName("Renamed on a")));
            b.store().writeVoid(tx -> tx.accounts().update(onB.withName("Renamed on b")));
            for (int round = 0; round < 2; round++) {
                sync(shared, b);
                sync(shared, a);
            }
            assertEquals(0, new SyncEngine(a.store()).conflictCount());
            assertEquals(0, new SyncEngine(b.store()).conflictCount());
            assertEquals("Renamed on b", a.store().read(tx -> tx.accounts().get(onB.id())).name());
            assertEquals("Renamed on a", b.store().read(tx -> tx.accounts().get(extra.id())).name());

            Account both = a.store().read(tx -> tx.accounts().get(onB.id()));
            a.store().writeVoid(tx -> tx.accounts().update(both.withName("Concurrent a")));
            b.store().writeVoid(tx -> tx.accounts().update(both.withName("Concurrent b")));
            for (int round = 0; round < 2; round++) {
                sync(shared, b);
                sync(shared, a);
            }
            assertEquals(1, new SyncEngine(a.store()).conflictCount());
            assertEquals(1, new SyncEngine(b.store()).conflictCount());
            for (String table : List.of("account", "field_version")) {
                assertEquals(TestDatabases.dump(a, table, "updated_at"), TestDatabases.dump(b, table, "updated_at"));
            }
        }
    }

    @Test
    void anEncryptedDeviceJoinsFromTheDatabaseFileAndStaysEncrypted() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("share"));
        char[] passphrase = "correct horse".toCharArray();
        try (Database a = Database.open(temp.resolve("a"))) {
            a.store().writeVoid(tx -> {
                for (int i = 0; i < 80; i++) {
                    tx.accounts().insert(Account.create("Account " + i, null));
                }
            });
            sync(shared, a);
            try (Database c = Database.open(temp.resolve("c"))) {
                c.changeEncryption(null, passphrase, p -> { });
                assertEquals(List.of(), sync(shared, c).problems());
                assertEquals(80L, (long) c.store().read(tx -> tx.accounts().countLive()));
                assertTrue(c.encrypted());
            }
            assertTrue(Database.isEncrypted(temp.resolve("c")));
            try (Database reopened = Database.open(temp.resolve("c"), passphrase)) {
                assertEquals(TestDatabases.dump(a, "account", "updated_at"),
                        TestDatabases.dump(reopened, "account", "updated_at"));
            }
        }
    }

    /** A restore that fails half-way (here: a file H2 cannot open) changes nothing; the JSON twin is replayed. */
    @Test
    void aDatabaseFileThatCannotBeRestoredLeavesTheDeviceAsItWasAndItJoinsFromTheRows() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("share"));
        try (Database a = Database.open(temp.resolve("a"))) {
            a.store().writeVoid(tx -> {
                for (int i = 0; i < 70; i++) {
                    tx.accounts().insert(Account.create("Account " + i, null));
                }
            });
            sync(shared, a);
            Path json;
            try (Stream<Path> files = Files.walk(shared)) {
                json = files.filter(f -> f.getFileName().toString().endsWith(".fbsnap")).findFirst().orElseThrow();
            }
            SnapshotFile.Contents real = SnapshotFile.read(json,
                    TeamFile.openOrCreate(shared.resolve("Fieldbook/v1"), null).teamId(), null);
            Files.delete(Snapshots.databaseBeside(json));
            try (var file = Files.newOutputStream(Snapshots.databaseBeside(json))) {
                DatabaseSnapshotFile.write(file, real.teamId(), real.writer(), null, Database.SCHEMA_VERSION,
                        org.fieldbook.store.SnapshotDatabase.h2Version(), sink -> {
                            try (var out = sink.open(real.cut())) {
                                out.write(new byte[64 * 1024]);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            return real.cut();
                        });
            }
            try (Database c = Database.open(temp.resolve("c"))) {
                FolderSyncReport report = sync(shared, c);
                assertEquals(1, report.problems().size(), report.problems().toString());
                assertEquals(TestDatabases.dump(a, "account", "updated_at"),
                        TestDatabases.dump(c, "account", "updated_at"));
            }
            assertTrue(!Files.exists(temp.resolve("c/fieldbook-converted.mv.db")));
            assertTrue(!Files.exists(temp.resolve("c/fieldbook.conversion")));
        }
    }

    private static Path copyWithoutDatabaseSnapshots(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".fbdb")) {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static Object fileKey(Path dataFolder) throws Exception {
        return Files.readAttributes(dataFolder.resolve("fieldbook.mv.db"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
