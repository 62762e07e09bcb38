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

class WriteBufferTest {
    /** One transaction whose changed pages outgrow H2's own 19 MB buffer: it writes about 20 MB of them early. */
    private static final String FILL = "INSERT INTO bulk_probe SELECT x, REPEAT('x', 120) FROM SYSTEM_RANGE(1, 160000)";
    private static final int ROOM = 128 * 1024 * 1024;

    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private int h2s;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
        h2s = buffer();
        assumeTrue(WriteBuffer.roomForThisHeap() >= ROOM, "the test JVM's heap is too small to raise the buffer");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void thisH2LetsTheBufferBeRaised() {
        assertTrue(WriteBuffer.adjustable(), "H2 renamed MVStore.autoCommitMemory: see decision 0022");
        assertEquals(19 * 1024 * 1024, h2s, "H2's own buffer changed: measure the demo load again");
    }

    @Test
    void aBulkLoadRaisesTheBufferUntilTheLastNestedOneEnds() {
        store.bulkLoad(ROOM, () -> {
            assertEquals(ROOM, buffer());
            store.bulkLoad(ROOM / 2, () -> {
                assertEquals(ROOM, buffer(), "a nested load never lowers it");
                return null;
            });
            assertEquals(ROOM, buffer(), "the outer load still runs");
            return null;
        });
        assertEquals(h2s, buffer());
    }

    @Test
    void aBulkLoadTheHeapHasNoRoomForLeavesH2sBuffer() {
        store.bulkLoad(WriteBuffer.roomForThisHeap() + 1, () -> {
            assertEquals(h2s, buffer());
            return null;
        });
        assertEquals(h2s, buffer());
    }

    @Test
    void aBulkLoadThatFailsStillPutsTheBufferBack() {
        assertThrows(IllegalStateException.class, () -> store.bulkLoad(ROOM, () -> {
            assertEquals(ROOM, buffer());
            throw new IllegalStateException("the load failed");
        }));
        assertEquals(h2s, buffer());
    }

    @Test
    void aLargeTransactionReachesTheFileOnlyAtItsCommitInsideABulkLoad() throws Exception {
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
            Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
            connection.setAutoCommit(false);
            long before = Files.size(file);
            connection.createStatement().execute(FILL);
            grew.set(Files.size(file) - before);
            connection.commit();
            connection.setAutoCommit(true);
        });
        return grew.get();
    }

    private int buffer() {
        return database.dsl().connectionResult(WriteBuffer::bytes);
    }
}
