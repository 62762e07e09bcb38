package org.fieldbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;

/**
 * Random bytes and random CSV fed to the importer: it refuses the file with an {@link ImportProblem} or reports
 * rows, never throws anything else, and a refused file or a rejected row leaves the database as it was.
 */
class ImporterProperties {
    private static Path folder;
    private static Database database;
    private static Store store;
    private static ImportService imports;

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("fieldbook-import-fuzz");
        database = Database.open(folder);
        store = database.store();
        imports = new ImportService(store, ZoneOffset.UTC);
    }

    @AfterContainer
    static void close() throws IOException {
        database.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long changes() {
        return store.read(tx -> tx.changeLog().outboxAfter(0, Integer.MAX_VALUE).size());
    }

    @Property(tries = 150)
    void randomBytesAreRefusedOrReadNeverThrown(@ForAll byte[] bytes, @ForAll ImportType type) {
        long before = changes();
        try {
            ImportResult result = imports.dryRun(bytes, type, ImportMapping.detect(type));
            assertEquals(result.rows(), result.created() + result.updated() + result.skipped()
                    + result.rejected().size());
        } catch (ImportProblem refused) {
            // a whole file refused with its reason is a valid answer
        }
        assertEquals(before, changes(), "a dry run writes nothing");
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("ab ,;\"\n\r\t-.0123456789/年月日€$").ofMaxLength(12),
                Arbitraries.of("Acme", "华东精密机械有限公司", "2025-02-30", "-5", "1,000.50", "Closed Won", "Engaging",
                        "", "\"", "x@y", "NaN", "1e400", "2025-06-30T10:00:00.000+0000"));
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return cells().list().ofMaxSize(10);
    }

    @Property(tries = 100)
    void randomCsvImportsAllOrNothingOfEachRow(@ForAll("rows") List<String> cells,
                                               @ForAll ImportType type) {
        String header = String.join(",", type.fields().subList(0, Math.min(6, type.fields().size())));
        String body = cells.stream().collect(Collectors.joining(","));
        byte[] bytes = (header.replace("_", " ") + "\n" + body + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
        ImportMapping mapping = ImportMapping.detect(type);
        long before = changes();
        ImportResult result;
        try {
            result = imports.importFile(bytes, "fuzz.csv", type, mapping);
        } catch (ImportProblem refused) {
            assertEquals(before, changes(), "a refused file changes nothing");
            return;
        }
        assertEquals(result.rows(), result.created() + result.updated() + result.skipped()
                + result.rejected().size());
        imports.undo(result.batchId());
        assertEquals(0L, (long) store.read(tx -> tx.accounts().countLive() + tx.contacts().countLive()
                + tx.opportunities().countLive() + tx.leads().countLive() + tx.activities().countLive()
                + tx.reps().countLive()), "undo leaves the store as empty as it was");
    }
}
