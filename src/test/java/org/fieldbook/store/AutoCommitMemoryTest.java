package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoCommitMemoryTest {
    /** One transaction whose changed pages outgrow H2's own 19 MB (about 100 MB): it writes about 20 MB early. */
    private static final String FILL = "INSERT INTO bulk_probe SELECT x, REPEAT('x', 120) FROM SYSTEM_RANGE(1, 160000)";
    private static final int ROOM = 192 * 1024 * 1024;

    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private int h2s;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("a"));
        store = database.store();
        h2s = setting(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void thisH2LetsTheSettingBeRaised() {
        assertTrue(AutoCommitMemory.adjustable(), "H2 renamed MVStore.autoCommitMemory: see decision 0022");
        if (Runtime.getRuntime().maxMemory() >= 304L * 1024 * 1024) {
            assertEquals(19 * 1024 * 1024, h2s, "H2's own setting changed: measure the demo load again");
        }
    }

    @Test
    void aBulkLoadRaisesTheSettingUntilTheLastNestedOneEnds() {
        assumeRoom();
        store.bulkLoad(ROOM, () -> {
            assertEquals(ROOM, setting(database));
            store.bulkLoad(ROOM / 2, () -> {
                assertEquals(ROOM, setting(database), "a nested load never lowers it");
                return null;
            });
            assertEquals(ROOM, setting(database), "the outer load still runs");
            return null;
        });
        assertEquals(h2s, setting(database));
    }

    @Test
    void endingALoadPutsBackOnlyTheStoreItRaised() {
        assumeRoom();
        try (Database other = Database.open(folder.resolve("b"))) {
            store.bulkLoad(ROOM, () -> other.store().bulkLoad(ROOM, () -> {
                assertEquals(ROOM, setting(other));
                return null;
            }));
            assertEquals(h2s, setting(other));
            other.store().bulkLoad(ROOM, () -> {
                store.bulkLoad(ROOM, () -> null);
                assertEquals(h2s, setting(database), "the first store's load ended");
                assertEquals(ROOM, setting(other), "the other store's load goes on raised");
                return null;
            });
        }
    }

    @Test
    void aLoadThatOutlivesACompactionLeavesTheReopenedStoreToItsOwnLoads() throws Exception {
        assumeRoom();
        database.dsl().execute("CREATE TABLE bulk_probe(id INT PRIMARY KEY, filler VARCHAR(200))");
        growthBeforeCommit();
        database.dsl().execute("DROP TABLE bulk_probe"); // the file is now mostly dead space

        AutoCommitMemory.Lease first = database.dsl().connectionResult(c -> AutoCommitMemory.raise(c, ROOM));
        assertEquals(FileCompaction.Outcome.COMPACTED, database.compactIfSparse(0, 10).outcome());
        assertEquals(h2s, setting(database), "the reopened store starts with H2's own setting");
        AutoCommitMemory.Lease second = database.dsl().connectionResult(c -> AutoCommitMemory.raise(c, ROOM));
        AutoCommitMemory.end(first);
        assertEquals(ROOM, setting(database), "the first load's end leaves the second load's store raised");
        AutoCommitMemory.end(second);
        assertEquals(h2s, setting(database));
    }

    @Test
    void aBulkLoadTheHeapHasNoRoomForLeavesH2sSetting() {
        store.bulkLoad(AutoCommitMemory.roomForThisHeap() + 1, () -> {
            assertEquals(h2s, setting(database));
            return null;
        });
        assertEquals(h2s, setting(database));
    }

    @Test
    void aBulkLoadThatFailsStillPutsTheSettingBack() {
        assumeRoom();
        assertThrows(IllegalStateException.class, () -> store.bulkLoad(ROOM, () -> {
            assertEquals(ROOM, setting(database));
            throw new IllegalStateException("the load failed");
        }));
        assertEquals(h2s, setting(database));
    }

    @Test
    void aLargeTransactionReachesTheFileOnlyAtItsCommitInsideABulkLoad() {
        assumeRoom();
        database.dsl().execute("CREATE TABLE bulk_probe(id INT PRIMARY KEY, filler VARCHAR(200))");
        long grewOutside = growthBeforeCommit();
        database.dsl().execute("DELETE FROM bulk_probe");
        long grewInside = store.bulkLoad(ROOM, this::growthBeforeCommit);

        assertTrue(grewOutside > 10_000_000, "H2 wrote pages before the commit: " + grewOutside + " bytes");
        assertEquals(0, grewInside, "inside a bulk load nothing is written before the commit");
        assertEquals(160_000, database.dsl().fetchCount(org.jooq.impl.DSL.table("bulk_probe")));
    }

    /** How much the file grew during one large transaction, before its commit. */
    private long growthBeforeCommit() {
        AtomicLong grew = new AtomicLong();
        database.dsl().connection(connection -> {
            Path file = folder.resolve("a").resolve(Database.FILE_NAME + ".mv.db");
            connection.setAutoCommit(false);
            long before = Files.size(file);
            connection.createStatement().execute(FILL);
            grew.set(Files.size(file) - before);
            connection.commit();
            connection.setAutoCommit(true);
        });
        return grew.get();
    }

    private static void assumeRoom() {
        assumeTrue(AutoCommitMemory.roomForThisHeap() >= ROOM, "the test JVM's heap is too small to raise it");
    }

    private static int setting(Database database) {
        return database.dsl().connectionResult(AutoCommitMemory::bytes);
    }
}
