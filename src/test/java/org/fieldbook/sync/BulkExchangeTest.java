package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.fieldbook.store.Database;
import org.fieldbook.store.FileCompaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which exchanges count as bulk loads, after which the database file is compacted if it needs it. */
class BulkExchangeTest {
    @TempDir
    Path folder;

    @Test
    void onlyAJoinOrAPullOfTenThousandChangesLooksAtTheFile() {
        try (Database database = Database.open(folder)) {
            SyncEngine engine = new SyncEngine(database.store());

            assertTrue(engine.compactAfterBulk(0, false).isEmpty(), "an exchange with nothing new");
            assertTrue(engine.compactAfterBulk(SyncEngine.BULK_CHANGES - 1, false).isEmpty(), "an ordinary pull");
            assertEquals(FileCompaction.Outcome.NOT_NEEDED, engine.compactAfterBulk(SyncEngine.BULK_CHANGES, false)
                    .orElseThrow().outcome(), "a bulk pull: the file is looked at, and a small one left alone");
            assertEquals(FileCompaction.Outcome.NOT_NEEDED, engine.compactAfterBulk(0, true).orElseThrow()
                    .outcome(), "a join");
        }
    }
}
