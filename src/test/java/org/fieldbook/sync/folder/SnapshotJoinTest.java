package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import static org.fieldbook.store.jooq.Tables.ACTIVITY;

import java.time.LocalDate;
import java.util.Locale;
import org.fieldbook.domain.Account;
import org.fieldbook.service.demo.DemoDataService;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotJoinTest {
    private static final long SNAPSHOT_EVERY = 50;

    @TempDir
    Path temp;
    Path shared;
    Database a;
    Database b;
    Database c;

    @BeforeEach
    void open() throws Exception {
        shared = Files.createDirectories(temp.resolve("share"));
        a = Database.open(temp.resolve("a"));
        b = Database.open(temp.resolve("b"));
        c = Database.open(temp.resolve("c"));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        c.close();
    }

    private FolderSyncReport sync(Database laptop) throws Exception {
        return new FolderTransport(shared, null, SNAPSHOT_EVERY).exchange(new SyncEngine(laptop.store()), "laptop");
    }

    @Test
    void aNewDeviceJoinsFromASnapshotAfterOldSegmentsWereCompactedAndKeepsSyncing() throws Exception {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            accounts.add(Account.create("Account " + i, null));
        }
        a.store().writeVoid(tx -> tx.accounts().insertAll(accounts));
        a.store().writeVoid(tx -> accounts.subList(0, 30).forEach(x -> tx.accounts().update(x.withName(x.name() + "!"))));
        a.store().writeVoid(tx -> accounts.subList(30, 35).forEach(x -> tx.accounts().delete(x.id())));
        sync(a);
        Path folderOfA = shared.resolve("Fieldbook/v1/devices/" + new SyncEngine(a.store()).deviceId());
        assertTrue(names(folderOfA).stream().anyMatch(n -> n.startsWith("snap-")), names(folderOfA).toString());

        sync(b);
        sync(a);
        assertFalse(names(folderOfA).stream().anyMatch(n -> n.startsWith("seg-")),
                "segments every device acknowledged and the snapshot holds are removed: " + names(folderOfA));

        FolderSyncReport joined = sync(c);
        assertEquals(List.of(), joined.problems());
        for (String table : List.of("account", "field_version")) {
            assertEquals(TestDatabases.dump(a, table, "updated_at"), TestDatabases.dump(c, table, "updated_at"),
                    table);
        }
        assertEquals(115L, (long) c.store().read(tx -> tx.accounts().countLive()));

        Account first = c.store().read(tx -> tx.accounts().get(accounts.get(0).id()));
        c.store().write(tx -> tx.accounts().update(first.withName("Edited after joining")));
        b.store().write(tx -> tx.accounts().update(first.withName("Edited meanwhile on b")));
        for (int round = 0; round < 2; round++) {
            sync(c);
            sync(b);
            sync(a);
        }
        for (String table : List.of("account", "field_version")) {
            assertEquals(TestDatabases.dump(a, table, "updated_at"), TestDatabases.dump(b, table, "updated_at"));
            assertEquals(TestDatabases.dump(a, table, "updated_at"), TestDatabases.dump(c, table, "updated_at"));
        }
        assertEquals(1, new SyncEngine(a.store()).conflictCount());
        assertEquals(1, new SyncEngine(c.store()).conflictCount());
    }

    @Test
    void aDamagedSnapshotIsSkippedAndTheDeviceJoinsFromSegments() throws Exception {
        a.store().writeVoid(tx -> {
            for (int i = 0; i < 60; i++) {
                tx.accounts().insert(Account.create("Account " + i, null));
            }
        });
        sync(a);
        Path folderOfA = shared.resolve("Fieldbook/v1/devices/" + new SyncEngine(a.store()).deviceId());
        Path snapshot;
        try (Stream<Path> files = Files.list(folderOfA)) {
            snapshot = files.filter(f -> f.getFileName().toString().startsWith("snap-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FolderSyncReport report = sync(c);

        assertEquals(1, report.problems().size(), report.problems().toString());
        assertEquals(60L, (long) c.store().read(tx -> tx.accounts().countLive()));
    }

    /** Demo data fills every synced table, leads and the activities logged on them included. */
    @Test
    void aNewDeviceJoinsASnapshotOfEveryKindOfRow() throws Exception {
        new DemoDataService(a.store()).load(new DemoOptions(7, 6, 60, Locale.US, LocalDate.of(2026, 6, 1)),
                progress -> { });
        assertTrue(a.store().query(db -> db.fetchCount(ACTIVITY, ACTIVITY.LEAD_ID.isNotNull())) > 0,
                "the demo data logs activities on leads");
        sync(a);

        FolderSyncReport joined = sync(c);

        assertEquals(List.of(), joined.problems());
        for (String table : List.of("pipeline", "stage", "sales_rep", "account", "contact", "opportunity",
                "opportunity_contact", "stage_change", "lead", "activity", "custom_channel", "field_version")) {
            assertEquals(TestDatabases.dump(a, table, "updated_at"), TestDatabases.dump(c, table, "updated_at"),
                    table);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
