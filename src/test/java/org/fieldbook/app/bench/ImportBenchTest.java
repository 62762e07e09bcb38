package org.fieldbook.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.store.CsvReadBaseline;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import bench's file loads completely both ways, so the two figures compare the same work; through the
 * importer, in chunks, with one CREATE per record, and one undo takes it all back.
 */
class ImportBenchTest {
    @TempDir
    Path work;

    @Test
    void theBenchFileImportsWhollyThroughTheImporterAndThroughCsvRead() throws Exception {
        Path csv = work.resolve("deals.csv");
        int rows = 12_000; // more than two of the importer's chunks of rows
        ImportBench.write(csv, rows);
        try (Database database = Database.open(work.resolve("a"))) {
            Store store = database.store();
            ImportBench.addAccounts(store);
            long changesBefore = store.read(tx -> tx.changeLog().lastOwnSeq());
            ImportService imports = new ImportService(store, ZoneOffset.UTC);
            var result = imports.importFile(Files.readAllBytes(csv), "deals.csv", ImportType.OPPORTUNITIES,
                    ImportMapping.detect(ImportType.OPPORTUNITIES));
            assertEquals(rows, result.created(), result.rejected()::toString);
            long stageChanges = store.read(tx -> tx.stageChanges().countLive());
            assertTrue(stageChanges > rows, "closed deals have two stage changes");
            List<ChangeRecord> changes = store.read(tx -> tx.changeLog().outboxAfter(changesBefore, 1_000_000));
            assertEquals(rows + stageChanges, changes.size(), "one change per record");
            assertTrue(changes.stream().allMatch(c -> c.op() == ChangeOp.CREATE));
            assertEquals(rows + stageChanges, changes.stream().map(ChangeRecord::rowId).distinct().count());

            imports.undo(result.batchId());
            assertEquals(0L, (long) store.read(tx -> tx.opportunities().countLive()));
            assertEquals(0L, (long) store.read(tx -> tx.stageChanges().countLive()));
            assertEquals(ImportBench.ACCOUNTS, (long) store.read(tx -> tx.accounts().countLive()));
        }
        try (Database database = Database.open(work.resolve("b"))) {
            ImportBench.addAccounts(database.store());
            var pipeline = database.store().read(tx -> tx.pipelines().inOrder().get(0));
            assertEquals(rows, CsvReadBaseline.loadOpportunities(database.store(), csv, pipeline.id()));
        }
    }

    @Test
    void theLikeForLikeLoadWritesTheRowsTheImporterWritesAsMuchOfThem() throws Exception {
        Path csv = work.resolve("deals.csv");
        int rows = 2_000;
        ImportBench.write(csv, rows);
        List<Long> imported;
        try (Database database = Database.open(work.resolve("a"))) {
            ImportBench.addAccounts(database.store());
            new ImportService(database.store(), ZoneOffset.UTC).importFile(Files.readAllBytes(csv), "deals.csv",
                    ImportType.OPPORTUNITIES, ImportMapping.detect(ImportType.OPPORTUNITIES));
            imported = written(database.store());
        }
        try (Database database = Database.open(work.resolve("b"))) {
            ImportBench.addAccounts(database.store());
            var pipeline = database.store().read(tx -> tx.pipelines().inOrder().get(0));
            assertEquals(rows, CsvReadBaseline.loadOpportunitiesWithTheirRecords(database.store(), csv,
                    pipeline.id()));
            List<Long> bySql = written(database.store());

            assertEquals(imported.subList(0, 4), bySql.subList(0, 4), "deals, closed deals, stage changes, changes");
            for (int i = 4; i < 6; i++) {
                assertTrue(Math.abs(imported.get(i) - bySql.get(i)) * 20 < imported.get(i),
                        "change values of about the same length: " + imported + " against " + bySql);
            }
        }
    }

    /** Deals, closed deals, stage changes, their change records, and the mean length of those records' values. */
    private static List<Long> written(Store store) {
        return store.query(db -> db.fetchOne("""
                SELECT (SELECT COUNT(*) FROM opportunity), (SELECT COUNT(*) FROM opportunity WHERE status <> 'OPEN'),
                    (SELECT COUNT(*) FROM stage_change),
                    (SELECT COUNT(*) FROM change_log WHERE entity IN ('opportunity', 'stage_change')),
                    (SELECT CAST(AVG(LENGTH(field_value)) AS BIGINT) FROM change_log WHERE entity = 'opportunity'),
                    (SELECT CAST(AVG(LENGTH(field_value)) AS BIGINT) FROM change_log WHERE entity = 'stage_change')
                """).intoList().stream().map(value -> ((Number) value).longValue()).toList());
    }
}
