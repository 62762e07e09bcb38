package org.fieldbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import wizard asks of the engine: value guesses, progress with cancel, and saved mappings. */
class ImportWizardSupportTest {
    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private ImportService imports;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("db"));
        store = database.store();
        imports = new ImportService(store, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static SourceTable table(String csv) {
        return ImportService.read(csv.getBytes(StandardCharsets.UTF_8), ImportMapping.detect(ImportType.ACCOUNTS));
    }

    @Test
    void eachDistinctStageComesWithWhatTheImportWouldMakeOfIt() {
        SourceTable deals = table("""
                Deal Name,Deal Stage,Amount,Close Date
                A,Closed Won,10,2024-01-01
                B,Engaging,20,2024-02-01
                C,closed won,30,2024-03-01
                D,Proposal/Quote,40,2024-04-01
                E,,50,2024-05-01
                F,Engaging,60,2024-06-01
                """);
        List<ValueChoices> choices = imports.valueChoices(deals, ImportType.OPPORTUNITIES,
                ImportMapping.detect(ImportType.OPPORTUNITIES));
        assertEquals(1, choices.size());
        ValueChoices stages = choices.get(0);
        assertEquals("stage", stages.field());
        assertEquals("Deal Stage", stages.column());
        assertEquals(List.of("Prospecting", "Qualification", "Proposal", "Negotiation", "Won", "Lost"),
                stages.targets());
        assertEquals(List.of(new ValueChoices.Value("Closed Won", 1, "Won"), new ValueChoices.Value("Engaging", 2, null),
                new ValueChoices.Value("closed won", 1, "Won"), new ValueChoices.Value("Proposal/Quote", 1, "Proposal")),
                stages.values(), "an empty cell is no value to map");

        List<ValueChoices> leads = imports.valueChoices(table("Name,Lead Status\nAda,Working - Contacted\nBo,Cold\n"),
                ImportType.LEADS, ImportMapping.detect(ImportType.LEADS));
        assertEquals(List.of(new ValueChoices.Value("Working - Contacted", 1, "WORKING"),
                new ValueChoices.Value("Cold", 1, null)), leads.get(0).values());
        assertEquals(ValueChoices.Kind.LEAD_STATUS, leads.get(0).kind());
        assertEquals(List.of(), imports.valueChoices(table("Name\nAcme\n"), ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS)), "accounts have no values to map");
    }

    @Test
    void progressIsToldAndACancelTakesTheWholeImportBack() {
        StringBuilder csv = new StringBuilder("Name,Industry\n");
        for (int i = 0; i < 450; i++) {
            csv.append("Company ").append(i).append(",Retail\n");
        }
        SourceTable rows = table(csv.toString());
        List<int[]> told = new ArrayList<>();
        ImportResult dry = imports.dryRun(rows, ImportType.ACCOUNTS, ImportMapping.detect(ImportType.ACCOUNTS),
                (done, total) -> told.add(new int[] {done, total}));
        assertEquals(450, dry.created());
        assertEquals(List.of("0/450", "200/450", "400/450", "450/450"),
                told.stream().map(t -> t[0] + "/" + t[1]).toList());

        assertThrows(CancellationException.class, () -> imports.importTable(rows, "big.csv", ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS), (done, total) -> {
                    if (done >= 400) {
                        throw new CancellationException("the user cancelled");
                    }
                }));
        assertEquals(0L, (long) store.read(tx -> tx.accounts().countLive()), "cancelled: nothing was written");
        assertEquals(List.of(), imports.batches(), "nor recorded as an import");
    }

    @Test
    void savedMappingsAreFoundByTheirColumnsWhateverTheOrderAndCase() throws Exception {
        SavedMappings saved = new SavedMappings(folder.resolve("import-mappings"));
        assertEquals(List.of(), saved.all(ImportType.ACCOUNTS), "no folder yet");
        ImportMapping mapping = ImportMapping.detect(ImportType.ACCOUNTS)
                .withColumns(Map.of("Firma", "name", "Branche", "industry"))
                .withOptions("dd.MM.yyyy", true, false, true, ImportMapping.Duplicates.SKIP);
        SavedMappings.Saved made = saved.save("  Altes CRM: Firmen ", ImportType.ACCOUNTS,
                List.of("Firma", "Branche", "Ort"), mapping);
        assertEquals("Altes CRM: Firmen", made.name());
        assertEquals("altes-crm-firmen.json", made.file().getFileName().toString());
        saved.save("客户表", ImportType.CONTACTS, List.of("姓名"), ImportMapping.detect(ImportType.CONTACTS));
        Files.writeString(folder.resolve("import-mappings/broken.json"), "{ not json");

        assertEquals(List.of("Altes CRM: Firmen"), saved.all(ImportType.ACCOUNTS).stream()
                .map(SavedMappings.Saved::name).toList(), "a broken file is passed over, a contact mapping is not listed");
        var found = saved.matching(ImportType.ACCOUNTS, List.of("ORT", "firma", "Branche")).orElseThrow();
        assertEquals(ImportMapping.Duplicates.SKIP, found.mapping().duplicates());
        assertEquals("dd.MM.yyyy", found.mapping().dateFormat());
        assertEquals(Map.of("FIRMA", "name", "Branche", "industry"),
                found.forHeaders(List.of("FIRMA", "Branche", "Ort")).columns());
        assertTrue(saved.matching(ImportType.ACCOUNTS, List.of("Firma", "Branche")).isEmpty(), "a column less");
        assertTrue(saved.matching(ImportType.CONTACTS, List.of("Firma", "Branche", "Ort")).isEmpty());
        assertTrue(Files.exists(folder.resolve("import-mappings/客户表.json")));

        ImportProblem unnamed = assertThrows(ImportProblem.class, () -> saved.save(" ", ImportType.ACCOUNTS,
                List.of("a"), mapping));
        assertEquals("import.problem.mappingName", unnamed.key());
    }
}
