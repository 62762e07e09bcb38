package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.Conflict;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops that edit the same record offline see the conflict, and settling it on one settles it on both. */
class ConflictReviewTest {
    @TempDir
    Path temp;
    Path shared;
    Database ana;
    Database bo;
    Account acme;

    @BeforeEach
    void open() throws Exception {
        shared = Files.createDirectories(temp.resolve("share"));
        ana = Database.open(temp.resolve("ana"));
        bo = Database.open(temp.resolve("bo"));
        acme = ana.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
        syncBoth();
    }

    @AfterEach
    void close() {
        ana.close();
        bo.close();
    }

    private void syncBoth() throws Exception {
        for (int round = 0; round < 2; round++) {
            new FolderTransport(shared, null).exchange(new SyncEngine(ana.store()), "Ana's laptop");
            new FolderTransport(shared, null).exchange(new SyncEngine(bo.store()), "Bo's laptop");
        }
    }

    @Test
    void bothValuesAreShownWithWhoMadeThemAndKeepingOneSettlesItEverywhere() throws Exception {
        ana.store().write(tx -> tx.accounts().update(acme.withName("Acme North")));
        bo.store().write(tx -> tx.accounts().update(acme.withName("Acme South")));
        syncBoth();

        List<Conflict> onBo = new SyncEngine(bo.store()).conflicts();
        assertEquals(1, onBo.size());
        Conflict conflict = onBo.get(0);
        assertEquals(Conflict.Kind.CONCURRENT_VALUES, conflict.kind());
        assertEquals("name", conflict.field());
        assertEquals(2, conflict.values().size());
        assertEquals(1, conflict.values().stream().filter(Conflict.Value::shown).count());
        Conflict.Value anas = conflict.values().stream().filter(v -> v.valueJson().equals("\"Acme North\""))
                .findFirst().orElseThrow();
        assertEquals("Ana's laptop", anas.deviceName());
        assertEquals(conflict.label(), bo.store().read(tx -> tx.accounts().get(acme.id())).name());

        new SyncEngine(bo.store()).keep(conflict, anas);
        assertEquals(List.of(), new SyncEngine(bo.store()).conflicts());
        syncBoth();

        assertEquals(List.of(), new SyncEngine(ana.store()).conflicts());
        assertEquals("Acme North", ana.store().read(tx -> tx.accounts().get(acme.id())).name());
        assertEquals("Acme North", bo.store().read(tx -> tx.accounts().get(acme.id())).name());
    }

    @Test
    void anEditTheDeleteDidNotSeeIsKeptAndRestoringBringsTheRecordBackWithIt() throws Exception {
        ana.store().writeVoid(tx -> tx.accounts().delete(acme.id()));
        bo.store().write(tx -> tx.accounts().update(acme.withName("Acme (new address)")));
        syncBoth();

        for (Database laptop : List.of(ana, bo)) {
            assertTrue(laptop.store().read(tx -> tx.accounts().find(acme.id())).isEmpty(), "shown as deleted");
            List<Conflict> conflicts = new SyncEngine(laptop.store()).conflicts();
            assertEquals(1, conflicts.size());
            assertEquals(Conflict.Kind.DELETED_WHILE_EDITED, conflicts.get(0).kind());
            assertTrue(conflicts.get(0).values().stream().anyMatch(v -> "\"Acme (new address)\"".equals(v.valueJson())));
        }

        SyncEngine onAna = new SyncEngine(ana.store());
        onAna.settleDeleted(onAna.conflicts().get(0), false);
        syncBoth();

        for (Database laptop : List.of(ana, bo)) {
            assertEquals("Acme (new address)", laptop.store().read(tx -> tx.accounts().get(acme.id())).name());
            assertEquals(List.of(), new SyncEngine(laptop.store()).conflicts());
        }
    }

    @Test
    void keepingTheDeleteSettlesItEverywhere() throws Exception {
        ana.store().writeVoid(tx -> tx.accounts().delete(acme.id()));
        bo.store().write(tx -> tx.accounts().update(acme.withName("Acme (new address)")));
        syncBoth();

        SyncEngine onBo = new SyncEngine(bo.store());
        onBo.settleDeleted(onBo.conflicts().get(0), true);
        syncBoth();

        for (Database laptop : List.of(ana, bo)) {
            assertFalse(laptop.store().read(tx -> tx.accounts().find(acme.id())).isPresent());
            assertEquals(List.of(), new SyncEngine(laptop.store()).conflicts());
        }
    }
}
