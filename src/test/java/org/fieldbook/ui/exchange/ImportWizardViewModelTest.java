package org.fieldbook.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.exchange.SavedMappings;
import org.fieldbook.ui.common.Fixture;
import org.fieldbook.ui.exchange.ImportWizardViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's steps without the toolkit: real services on a fresh data folder, run inline. */
class ImportWizardViewModelTest {
    private static final Path SALESFORCE = Path.of(System.getProperty("fieldbook.testdata", "src/test/testdata"))
            .resolve("salesforce-export");

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;
    private Fixture fixture;

    @BeforeEach
    void open() {
        fixture = Fixture.withProfile(dataFolder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ImportWizardViewModel wizard() {
        return new ImportWizardViewModel(fixture.context.imports(), new SavedMappings(dataFolder.resolve("maps")),
                type -> Map.of(), () -> "EUR", fixture.runner, fixture.messages, fixture.errors, fixture.revision,
                Runnable::run);
    }

    private ImportWizardViewModel at(Path file, ImportType type) {
        ImportWizardViewModel wizard = wizard();
        wizard.fileProperty().set(file.toString());
        wizard.typeProperty().set(type);
        wizard.next();
        return wizard;
    }

    private long opportunities() {
        return fixture.context.stats().liveCounts().get("opportunity");
    }

    @Test
    void aSalesforceExportGoesThroughEveryStepAndOneUndoTakesItBack() {
        fixture.context.imports().importFile(read(SALESFORCE.resolve("Account.csv")), "Account.csv",
                ImportType.ACCOUNTS, ImportMapping.detect(ImportType.ACCOUNTS));
        ImportWizardViewModel wizard = at(SALESFORCE.resolve("Opportunity.csv"), ImportType.OPPORTUNITIES);

        assertEquals(Step.PREVIEW, wizard.stepProperty().get(), wizard.problemProperty().get());
        assertEquals(EncodingChoice.UTF_8_BOM, wizard.preview().encodingProperty().get());
        assertEquals(DelimiterChoice.COMMA, wizard.preview().delimiterProperty().get());
        assertTrue(wizard.preview().headerProperty().get());
        assertEquals("Id", wizard.preview().headers().get(0), "the byte-order mark is not part of the first column's name");
        assertEquals(PreviewStep.ROWS, wizard.preview().rows().size());
        assertTrue(wizard.preview().detectedProperty().get().contains("50 rows"), wizard.preview().detectedProperty().get());

        wizard.next();
        assertEquals(Step.MAPPING, wizard.stepProperty().get());
        assertEquals("stage", field(wizard, "StageName"));
        assertEquals("amount", field(wizard, "Amount"));
        assertEquals("Stage", wizard.mapping().label("stage"));
        assertEquals("Deal title", wizard.mapping().label("title"), "a deal's title is not a job title");

        wizard.next();
        assertEquals(Step.VALUES, wizard.stepProperty().get(), wizard.problemProperty().get());
        assertEquals("Won", value(wizard, "Closed Won").guess());
        assertEquals("Lost", value(wizard, "Closed Lost").guess());
        assertEquals("Proposal", value(wizard, "Proposal/Quote").guess(), "a stage the value begins with");
        ValueChoice discovery = value(wizard, "Discovery");
        assertEquals(null, discovery.guess(), "New business has no Discovery stage");
        assertEquals(9, discovery.rows());
        assertTrue(discovery.noteProperty().get().contains("9 rows are rejected"), discovery.noteProperty().get());
        discovery.targetProperty().set("Prospecting");
        assertEquals("Your choice", discovery.noteProperty().get());

        wizard.next();
        assertEquals(Step.DRY_RUN, wizard.stepProperty().get(), wizard.problemProperty().get());
        var dry = wizard.run().dryRunProperty().get();
        assertEquals(50, dry.rows());
        assertEquals(50, dry.created() + dry.rejected().size());
        assertTrue(dry.rejected().stream().noneMatch(r -> r.key().equals("import.reject.stage")),
                () -> "Discovery is mapped: " + dry.rejected());
        assertFalse(wizard.run().rejected().isEmpty(), "won deals closed before the org was loaded are named");
        String reason = wizard.run().rejected().get(0).reason();
        assertTrue(reason.startsWith("Closed on ") && reason.contains("2023"), reason);
        assertFalse(reason.contains("T12:00:00Z"), "moments as the user reads them: " + reason);
        assertTrue(wizard.run().rejected().get(0).line() > 1);
        assertEquals(0L, opportunities(), "a dry run writes nothing");

        long revision = fixture.revision.current();
        wizard.importNow();
        assertEquals(Step.RESULT, wizard.stepProperty().get(), wizard.problemProperty().get());
        assertEquals((long) dry.created(), opportunities());
        assertTrue(fixture.revision.current() > revision, "the screens read their rows again");
        assertTrue(wizard.run().outcomeProperty().get().startsWith("Imported: " + dry.created() + " created"));

        wizard.undoImport();
        assertEquals(0L, opportunities());
        assertTrue(wizard.run().undoneProperty().get());
        assertTrue(wizard.run().outcomeProperty().get().contains("undone"), wizard.run().outcomeProperty().get());
        assertEquals(List.of(), fixture.reported);
    }

    @Test
    void badFilesGiveASentenceOnTheFirstPageAndChangeNothing() throws Exception {
        Path binary = files.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
        Path empty = Files.write(files.resolve("empty.csv"), new byte[0]);
        Path openQuote = Files.writeString(files.resolve("quote.csv"), "name,industry\n\"Acme,Retail\nBeta,Food\n");
        Map<Path, String> expected = Map.of(binary, "This is not a text (CSV) file. Choose a .csv or .xlsx file.",
                empty, "The file is empty.", files.resolve("missing.csv"), "There is no file ",
                openQuote, "Line 2: a quote (\") opens a value that is never closed. Nothing was imported.");
        for (var bad : expected.entrySet()) {
            ImportWizardViewModel wizard = at(bad.getKey(), ImportType.ACCOUNTS);
            assertEquals(Step.FILE, wizard.stepProperty().get(), bad.getKey().toString());
            assertTrue(wizard.problemProperty().get().startsWith(bad.getValue()), wizard.problemProperty().get());
            assertFalse(wizard.busyProperty().get());
        }
        assertEquals(List.of(), fixture.reported, "a bad file is no error to report");
        assertEquals(0L, (long) fixture.context.stats().liveCounts().get("account"));
    }

    @Test
    void theEncodingSeparatorAndHeaderChoicesReadThePreviewAgain() throws Exception {
        Charset gbk = Charset.forName("GB18030");
        Path chinese = Files.write(files.resolve("客户.csv"), "客户名称;行业;员工人数\n上海星辰有限公司;制造;120\n北京远景;零售;45\n"
                .getBytes(gbk));
        ImportWizardViewModel wizard = at(chinese, ImportType.ACCOUNTS);
        assertEquals(Step.PREVIEW, wizard.stepProperty().get(), wizard.problemProperty().get());
        assertEquals(EncodingChoice.GB18030, wizard.preview().encodingProperty().get());
        assertEquals(DelimiterChoice.SEMICOLON, wizard.preview().delimiterProperty().get());
        assertEquals(List.of("客户名称", "行业", "员工人数"), wizard.preview().headers());
        assertEquals("", wizard.preview().warningProperty().get());

        wizard.preview().encodingProperty().set(EncodingChoice.UTF_8);
        assertFalse(wizard.preview().headers().contains("客户名称"), "read again as UTF-8: " + wizard.preview().headers());
        assertTrue(wizard.preview().warningProperty().get().startsWith("Some characters cannot be read as UTF-8"),
                wizard.preview().warningProperty().get());
        assertEquals(EncodingChoice.UTF_8, wizard.preview().encodingProperty().get(), "the choice stays as the user made it");

        wizard.preview().encodingProperty().set(EncodingChoice.GB18030);
        assertEquals("客户名称", wizard.preview().headers().get(0));
        wizard.preview().delimiterProperty().set(DelimiterChoice.COMMA);
        assertEquals(1, wizard.preview().headers().size(), "split by commas, each line is one cell");
        wizard.preview().delimiterProperty().set(DelimiterChoice.SEMICOLON);
        wizard.preview().headerProperty().set(false);
        assertEquals(List.of("Column 1", "Column 2", "Column 3"), wizard.preview().headers());
        assertEquals(3, wizard.preview().rows().size(), "the first row is a row now");
        wizard.preview().headerProperty().set(true);

        wizard.next();
        assertEquals("name", field(wizard, "客户名称"));
        assertEquals("employees", field(wizard, "员工人数"));
        wizard.next();
        assertEquals("This kind of record has no stages or statuses to map.",
                wizard.values().headingProperty().get());
        wizard.next();
        assertEquals(2, wizard.run().dryRunProperty().get().created());
        wizard.importNow();
        assertEquals(java.util.Set.of("北京远景", "上海星辰有限公司"), fixture.context.accounts().list().stream()
                .map(row -> row.account().name()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void twoColumnsFillingOneFieldStopTheMappingPage() throws Exception {
        Path file = Files.writeString(files.resolve("a.csv"), "Company,Account Name,Industry\nAcme,Acme Ltd,Retail\n");
        ImportWizardViewModel wizard = at(file, ImportType.ACCOUNTS);
        wizard.next();
        ColumnChoice second = wizard.mapping().columns().get(1);
        assertEquals("", second.fieldProperty().get(), "a field goes to the first column that names it");
        second.fieldProperty().set("name");
        assertEquals("Two columns fill Name: Company and Account Name. Leave one of them out.",
                wizard.mapping().problemProperty().get());
        assertFalse(wizard.canGoNextBinding().get());
        wizard.mapping().columns().get(0).fieldProperty().set(MappingStep.NONE);
        assertEquals("", wizard.mapping().problemProperty().get());
        assertTrue(wizard.canGoNextBinding().get());
    }

    @Test
    void aSavedMappingIsUsedForTheNextFileWithTheSameColumnsAndTheCommandLineReadsIt() throws Exception {
        Path file = Files.writeString(files.resolve("crm.csv"), "Firma,Branche,Mitarbeiter\nAcme,Retail,12\n");
        ImportWizardViewModel first = at(file, ImportType.ACCOUNTS);
        first.next();
        assertEquals("", field(first, "Firma"), "a name Fieldbook does not know");
        column(first, "Firma").fieldProperty().set("name");
        column(first, "Branche").fieldProperty().set("industry");
        first.mapping().createOwnersProperty().set(false);
        first.mapping().saveNameProperty().set("Old CRM");
        first.saveMapping();
        assertEquals(List.of("Old CRM"), first.mapping().savedNames());
        assertTrue(first.mapping().noteProperty().get().startsWith("Saved as"));

        Path next = Files.writeString(files.resolve("crm-2.csv"), "mitarbeiter,FIRMA,Branche\n5,Beta,Food\n");
        ImportWizardViewModel second = at(next, ImportType.ACCOUNTS);
        second.next();
        assertEquals("name", field(second, "FIRMA"), "the same columns, in another order and case");
        assertEquals("industry", field(second, "Branche"));
        assertFalse(second.mapping().createOwnersProperty().get());
        assertTrue(second.mapping().noteProperty().get().contains("Old CRM"), second.mapping().noteProperty().get());

        Path saved = dataFolder.resolve("maps").resolve("old-crm.json");
        ImportMapping forScripts = ImportMapping.load(saved);
        assertEquals(Map.of("Firma", "name", "Branche", "industry"), forScripts.columns());
        assertEquals("ACCOUNTS", forScripts.type());

        ImportWizardViewModel other = at(Files.writeString(files.resolve("x.csv"), "Name,Phone\nA,1\n"),
                ImportType.ACCOUNTS);
        other.next();
        assertEquals("", other.mapping().noteProperty().get(), "other columns: no saved mapping is applied");
        assertEquals(List.of("Old CRM"), other.mapping().savedNames(), "but it can be chosen by name");
        other.useSaved("Old CRM");
        assertEquals("name", field(other, "Name"), "its columns that this file lacks change nothing");
    }

    @Test
    void theDuplicateChoiceRunsTheDryRunAgain() throws Exception {
        Path file = Files.writeString(files.resolve("accounts.csv"),
                "Account Name,Industry,Email\nAcme GmbH,Retail,a@acme.test\nBeta Ltd,Food,b@beta.test\n");
        fixture.context.imports().importFile(Files.readAllBytes(file), "accounts.csv", ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS));
        Path again = Files.writeString(files.resolve("again.csv"),
                "Account Name,Industry\nACME,Retail\nbeta inc,Food\nGamma,Tech\n");
        ImportWizardViewModel wizard = at(again, ImportType.ACCOUNTS);
        wizard.next();
        wizard.next();
        wizard.next();
        assertTrue(wizard.duplicatesApply());
        var dry = wizard.run().dryRunProperty();
        assertEquals(List.of(1, 2, 0), counts(dry.get()), "matched by name without case and legal form");
        wizard.run().duplicatesProperty().set(ImportMapping.Duplicates.SKIP);
        assertEquals(List.of(1, 0, 2), counts(dry.get()));
        wizard.run().duplicatesProperty().set(ImportMapping.Duplicates.CREATE);
        assertEquals(List.of(3, 0, 0), counts(dry.get()));
        assertEquals(2L, (long) fixture.context.stats().liveCounts().get("account"));
    }

    @Test
    void lastImportIsFoundAskedAboutAndUndone() throws Exception {
        var last = new LastImportViewModel(fixture.context.imports(), fixture.runner, fixture.messages,
                fixture.formats, fixture.errors, fixture.revision);
        java.util.List<Object> found = new java.util.ArrayList<>();
        last.find(found::add);
        assertEquals(List.of(java.util.Optional.empty()), found);

        Path file = Files.writeString(files.resolve("a.csv"), "Name\nAcme\nBeta\n");
        fixture.context.imports().importFile(Files.readAllBytes(file), "a.csv", ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS));
        found.clear();
        last.find(found::add);
        var batch = ((java.util.Optional<org.fieldbook.domain.ImportBatch>) found.get(0)).orElseThrow();
        assertTrue(last.question(batch).startsWith("Undo the import of a.csv of "), last.question(batch));
        assertTrue(last.detail(batch).startsWith("It deletes the 2 records"), last.detail(batch));
        java.util.List<String> said = new java.util.ArrayList<>();
        last.undo(batch, said::add);
        assertEquals(List.of("Import of a.csv undone: 2 records removed, 0 put back."), said);
        assertEquals(0L, (long) fixture.context.stats().liveCounts().get("account"));
        found.clear();
        last.find(found::add);
        assertEquals(List.of(java.util.Optional.empty()), found, "an undone import is not offered again");
    }

    @Test
    void aCancelledImportWritesNothingAndSaysSo() throws Exception {
        List<Runnable> queued = new java.util.ArrayList<>();
        org.fieldbook.ui.common.BackgroundRunner later = new org.fieldbook.ui.common.BackgroundRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> done,
                                java.util.function.Consumer<? super Exception> failed) {
                queued.add(() -> fixture.runner.run(work, done, failed));
            }
        };
        ImportWizardViewModel wizard = new ImportWizardViewModel(fixture.context.imports(),
                new SavedMappings(dataFolder.resolve("maps")), type -> Map.of(), () -> "EUR", later,
                fixture.messages, fixture.errors, fixture.revision, Runnable::run);
        wizard.fileProperty().set(Files.writeString(files.resolve("a.csv"), "Name\nAcme\nBeta\n").toString());
        for (Step page : List.of(Step.FILE, Step.PREVIEW, Step.MAPPING, Step.VALUES)) {
            wizard.next();
            if (page != Step.PREVIEW) {
                assertTrue(wizard.busyProperty().get(), "the work of " + page + " is off the FX thread");
                assertFalse(wizard.canGoNextBinding().get(), "and Next waits for it");
                queued.remove(0).run();
            }
        }
        assertEquals(Step.DRY_RUN, wizard.stepProperty().get(), wizard.problemProperty().get());
        wizard.importNow();
        assertTrue(wizard.run().runningProperty().get());
        wizard.cancelImport();
        queued.remove(0).run();
        assertEquals(Step.DRY_RUN, wizard.stepProperty().get());
        assertEquals("The import was cancelled: nothing was written.", wizard.run().outcomeProperty().get());
        assertFalse(wizard.run().runningProperty().get());
        assertEquals(0L, (long) fixture.context.stats().liveCounts().get("account"));
        assertEquals(List.of(), fixture.context.imports().batches());
        assertEquals(List.of(), fixture.reported);
    }

    @Test
    void aWorkbookHasNoEncodingNorSeparatorToChoose() throws Exception {
        Path xlsx = files.resolve("accounts.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet("客户");
            sheet.createRow(0).createCell(0).setCellValue("公司名称");
            sheet.getRow(0).createCell(1).setCellValue("员工人数");
            sheet.createRow(1).createCell(0).setCellValue("华东精密机械有限公司");
            sheet.getRow(1).createCell(1).setCellValue(120);
            workbook.write(out);
        }
        ImportWizardViewModel wizard = at(xlsx, ImportType.ACCOUNTS);
        assertEquals(Step.PREVIEW, wizard.stepProperty().get(), wizard.problemProperty().get());
        assertTrue(wizard.preview().spreadsheetProperty().get());
        assertEquals(List.of("公司名称", "员工人数"), wizard.preview().headers());
        assertEquals(List.of(List.of("华东精密机械有限公司", "120")), wizard.preview().rows());
        assertEquals("An Excel workbook: its first sheet, 1 rows.", wizard.preview().detectedProperty().get());
    }

    private static List<Integer> counts(org.fieldbook.exchange.ImportResult result) {
        return List.of(result.created(), result.updated(), result.skipped());
    }

    private static ColumnChoice column(ImportWizardViewModel wizard, String name) {
        return wizard.mapping().columns().stream().filter(c -> c.column().equals(name)).findFirst().orElseThrow();
    }

    private static String field(ImportWizardViewModel wizard, String name) {
        return column(wizard, name).fieldProperty().get();
    }

    private static ValueChoice value(ImportWizardViewModel wizard, String value) {
        return wizard.values().values().stream().filter(v -> v.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no value " + value + " in " + wizard.values().values().stream()
                        .map(ValueChoice::value).toList()));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
