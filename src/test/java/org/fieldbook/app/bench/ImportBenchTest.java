package org.fieldbook.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.store.CsvReadBaseline;
import org.fieldbook.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import bench's file loads completely both ways, so the two figures compare the same work. */
class ImportBenchTest {
    @TempDir
    Path work;

    @Test
    void theBenchFileImportsWhollyThroughTheImporterAndThroughCsvRead() throws Exception {
        Path csv = work.resolve("deals.csv");
        ImportBench.write(csv, 300);
        try (Database database = Database.open(work.resolve("a"))) {
            ImportBench.addAccounts(database.store());
            var result = new ImportService(database.store(), ZoneOffset.UTC).importFile(Files.readAllBytes(csv),
                    "deals.csv", ImportType.OPPORTUNITIES, ImportMapping.detect(ImportType.OPPORTUNITIES));
            assertEquals(300, result.created(), result.rejected()::toString);
        }
        try (Database database = Database.open(work.resolve("b"))) {
            ImportBench.addAccounts(database.store());
            var pipeline = database.store().read(tx -> tx.pipelines().inOrder().get(0));
            assertEquals(300, CsvReadBaseline.loadOpportunities(database.store(), csv, pipeline.id()));
        }
    }
}
