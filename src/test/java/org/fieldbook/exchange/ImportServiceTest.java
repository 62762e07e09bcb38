package org.fieldbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in each encoding, with other CRMs' column names, with broken rows; undo of a whole import. */
class ImportServiceTest {
    private static final String CHINESE_ACCOUNTS = """
            客户名称,行业,员工人数,地区
            华东精密机械有限公司,制造业,120,上海
            北京云图科技有限公司,软件,45,北京
            台北光電股份有限公司,電子,300,台北
            """;

    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private ImportService imports;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
        imports = new ImportService(store, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> accountNames() {
        return store.read(tx -> tx.accounts().byName().stream().map(Account::name).sorted().toList());
    }

    private long changeCount() {
        return store.read(tx -> tx.changeLog().outboxAfter(0, Integer.MAX_VALUE).size());
    }

    @Test
    void aFileInEachEncodingImportsItsNamesExactly() throws Exception {
        String[][] cases = {{"UTF-8", "false"}, {"UTF-8", "true"}, {"GB18030", "false"}, {"Big5", "false"},
            {"UTF-16LE", "true"}};
        for (String[] c : cases) {
            String encoding = c[0];
            String text = encoding.equals("Big5") ? CHINESE_ACCOUNTS.replace("华东精密机械有限公司", "華東精密機械有限公司")
                    .replace("北京云图科技有限公司", "北京雲圖科技有限公司").replace("制造业", "製造業").replace("软件", "軟體")
                    .replace("客户名称,行业,员工人数,地区", "客戶名稱,行業,員工人數,地區")
                    : CHINESE_ACCOUNTS;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (Boolean.parseBoolean(c[1])) {
                bytes.write(encoding.equals("UTF-8") ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : new byte[] {(byte) 0xFF, (byte) 0xFE});
            }
            bytes.write(text.getBytes(Charset.forName(encoding)));
            ImportService.Preview preview = imports.preview(bytes.toByteArray(), ImportType.ACCOUNTS,
                    ImportMapping.detect(ImportType.ACCOUNTS));
            assertEquals(Charset.forName(encoding), preview.table().charset(), encoding);

            ImportResult result = imports.importFile(bytes.toByteArray(), "accounts.csv", ImportType.ACCOUNTS,
                    ImportMapping.detect(ImportType.ACCOUNTS));
            assertEquals(3, result.created(), () -> encoding + ": " + result.rejected());
            List<String> expected = text.lines().skip(1).map(l -> l.split(",")[0]).sorted().toList();
            assertEquals(expected, accountNames(), encoding);
            imports.undo(result.batchId());
            assertEquals(List.of(), accountNames());
        }
    }

    @Test
    void windows1252TextIsDetectedAndReadWithItsAccents() {
        byte[] bytes = "Name;Industry;Employees\nSociété Générale Équipement;Banque;1200\nMüller & Söhne GmbH;Maschinenbau;80\n"
                .getBytes(Charset.forName("windows-1252"));
        ImportResult result = imports.importFile(bytes, "a.csv", ImportType.ACCOUNTS, ImportMapping.detect(ImportType.ACCOUNTS));
        assertEquals(2, result.created(), result.rejected()::toString);
        assertEquals(List.of("Müller & Söhne GmbH", "Société Générale Équipement"), accountNames());
    }

    @Test
    void theUserCanOverrideTheDetectedEncoding() {
        byte[] bytes = CHINESE_ACCOUNTS.getBytes(Charset.forName("GB18030"));
        ImportService.Preview asLatin = imports.preview(bytes, ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS).withEncoding("windows-1252"));
        assertEquals(Charset.forName("windows-1252"), asLatin.table().charset());
        assertTrue(asLatin.suggested().columns().isEmpty(), "mojibake names match nothing");
        assertThrows(ImportProblem.class, () -> imports.preview(bytes, ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS).withEncoding("no-such-encoding")));
    }

    @Test
    void hubSpotDealsExportImportsWithItsColumnNames() {
        String csv = """
                Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company,Deal owner
                9001,Warehouse scanners,Closed Won,"12,500.00",2025-03-14,2025-01-10 09:30,Acme Tools Ltd,Ann Lee
                9002,Forklift fleet,Negotiation,48000,2025-09-30,2025-02-01 10:00,ACME TOOLS,Ann Lee
                9003,Dock doors,Closed Lost,9900,2025-04-02,2025-02-15 08:00,Nordic Doors AB,Bo Ek
                """;
        ImportMapping mapping = ImportMapping.detect(ImportType.OPPORTUNITIES)
                .withOptions(null, null, true, true, null);
        ImportResult result = imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "hubspot.csv",
                ImportType.OPPORTUNITIES, mapping);
        assertEquals(3, result.created(), result.rejected()::toString);
        assertEquals(2, result.accountsCreated(), "Acme Tools Ltd and ACME TOOLS are one account");
        assertEquals(2, result.ownersCreated());
        List<Opportunity> deals = store.read(tx -> tx.opportunities().all());
        Opportunity won = deals.stream().filter(d -> d.title().equals("Warehouse scanners")).findFirst().orElseThrow();
        assertEquals(OpportunityStatus.WON, won.status());
        assertEquals(0, won.amount().amount().compareTo(new java.math.BigDecimal("12500")));
        assertEquals("2025-01-10T09:30:00Z", won.createdAt().toString(), "imported history keeps its created date");
        assertEquals(LocalDate.of(2025, 3, 14), won.closedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void aDealClosedTheDayItWasCreatedImportsAndOneClosedDaysBeforeIsRefused() {
        String csv = """
                Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company
                9101,Same-day order,Closed Won,800,2025-03-14,2025-03-14 15:45,Acme Tools Ltd
                9102,Backfilled win,Closed Won,900,2025-03-10,2025-03-14 15:45,Acme Tools Ltd
                """;
        ImportMapping mapping = ImportMapping.detect(ImportType.OPPORTUNITIES)
                .withOptions(null, null, true, true, null);
        ImportResult result = imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "hubspot.csv",
                ImportType.OPPORTUNITIES, mapping);
        assertEquals(1, result.created(), result.rejected()::toString);
        assertEquals(List.of("import.reject.closedBeforeCreated"),
                result.rejected().stream().map(r -> r.key()).toList(), "a history running backwards by days");
        Opportunity sameDay = store.read(tx -> tx.opportunities().all()).get(0);
        assertEquals("2025-03-14T15:45:00Z", sameDay.createdAt().toString());
        assertEquals(sameDay.createdAt(), sameDay.closedAt(), "a close date without a time, on the creation day");
    }

    @Test
    void pipedriveExportImportsWithItsPrefixedColumnNames() {
        String csv = """
                Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Organization,Deal - Deal created,Deal - Won time,Deal - Expected close date
                Solar roof,"7,200",EUR,Proposal Made,won,Sonnen GmbH,2025-02-01 10:00:00,2025-05-20 16:00:00,2025-05-31
                Heat pumps,15000,EUR,Proposal Made,open,Sonnen GmbH,2025-03-01 10:00:00,,2025-08-31
                """;
        ImportMapping mapping = ImportMapping.detect(ImportType.OPPORTUNITIES).withOptions(null, null, true, null, null)
                .withValues(Map.of("stage", Map.of("Proposal Made", "Proposal")));
        ImportResult result = imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "pipedrive.csv",
                ImportType.OPPORTUNITIES, mapping);
        assertEquals(2, result.created(), result.rejected()::toString);
        Map<String, Opportunity> deals = store.read(tx -> tx.opportunities().all()).stream()
                .collect(Collectors.toMap(Opportunity::title, d -> d));
        assertEquals(OpportunityStatus.WON, deals.get("Solar roof").status(), "the status column decides won");
        assertEquals("2025-05-20T16:00:00Z", deals.get("Solar roof").closedAt().toString());
        assertEquals("EUR", deals.get("Heat pumps").amount().currency());
        assertEquals("Proposal", store.read(tx -> tx.stages().get(deals.get("Heat pumps").stageId()).name()));
    }

    @Test
    void brokenRowsAreNamedByLineAndLeftOutWhileTheGoodOnesImport() {
        String csv = """
                Name,Amount,Close Date,Stage,Account
                Good one,1000,2025-06-30,Qualification,Acme
                Bad date,1000,31/31/2025,Qualification,Acme
                Negative,-50,2025-06-30,Qualification,Acme
                Unknown stage,1000,2025-06-30,Engaging,Acme
                No account,1000,2025-06-30,Qualification,Nobody Inc
                Good two,"2,000.50",2025/7/1,Negotiation,ACME Ltd.
                """;
        store.writeVoid(tx -> tx.accounts().insert(Account.create("Acme", null)));
        long changesBefore = changeCount();
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        ImportResult dry = imports.dryRun(bytes, ImportType.OPPORTUNITIES, ImportMapping.detect(ImportType.OPPORTUNITIES));
        assertEquals(2, dry.created());
        Map<Long, String> reasons = dry.rejected().stream().collect(Collectors.toMap(Rejection::line, Rejection::key));
        assertEquals(Map.of(3L, "import.reject.date", 4L, "validation.amount.negative", 5L, "import.reject.stage",
                6L, "import.reject.noAccount"), reasons);
        assertEquals(changesBefore, changeCount(), "the dry run wrote nothing");

        ImportMapping mapped = ImportMapping.detect(ImportType.OPPORTUNITIES)
                .withValues(Map.of("stage", Map.of("Engaging", "Prospecting")));
        ImportResult result = imports.importFile(bytes, "deals.csv", ImportType.OPPORTUNITIES, mapped);
        assertEquals(3, result.created());
        assertEquals(3, result.rejected().size());
        assertEquals(3L, (long) store.read(tx -> tx.opportunities().countLive()));
        assertEquals(1L, (long) store.read(tx -> tx.accounts().countLive()), "a rejected row made no account");
    }

    @Test
    void aQuoteLeftOpenAnEmptyFileAndABinaryFileAreRefusedWhole() {
        long changesBefore = changeCount();
        String openQuote = "Name,Industry\nAcme,Tools\n\"Beta,Software\nGamma,Food\n";
        ImportProblem quote = assertThrows(ImportProblem.class, () -> imports.importFile(
                openQuote.getBytes(StandardCharsets.UTF_8), "q.csv", ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS)));
        assertEquals("import.problem.openQuote", quote.key());
        assertEquals(List.of(3L), quote.arguments(), "the line the open quote starts on");

        ImportProblem empty = assertThrows(ImportProblem.class, () -> imports.dryRun(new byte[0], ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS)));
        assertEquals("import.problem.empty", empty.key());
        assertEquals("import.problem.empty", assertThrows(ImportProblem.class, () -> imports.dryRun(
                "\n\n  \n".getBytes(StandardCharsets.UTF_8), ImportType.ACCOUNTS,
                ImportMapping.detect(ImportType.ACCOUNTS))).key());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertEquals("import.problem.binary", assertThrows(ImportProblem.class, () -> imports.importFile(png,
                "p.png", ImportType.ACCOUNTS, ImportMapping.detect(ImportType.ACCOUNTS))).key());
        assertEquals(changesBefore, changeCount());
        assertEquals(List.of(), accountNames());
    }

    @Test
    void undoRemovesExactlyWhatTheImportCreatedAndPutsBackWhatItUpdated() {
        Account kept = store.write(tx -> tx.accounts().insert(new Account(org.fieldbook.domain.TimeOrderedId.next(),
                "Acme Tools", "Tools", 10, "North", null, null, null, null, null, null, null, null)));
        store.writeVoid(tx -> tx.accounts().insert(Account.create("Untouched", null)));
        String csv = "Company name,Industry,Number of Employees\nACME TOOLS LTD,Hardware,25\nNew Co,Food,3\n";
        ImportResult result = imports.importFile(csv.getBytes(StandardCharsets.UTF_8), "hubspot-companies.csv",
                ImportType.ACCOUNTS, ImportMapping.detect(ImportType.ACCOUNTS));
        assertEquals(1, result.created());
        assertEquals(1, result.updated());
        Account updated = store.read(tx -> tx.accounts().get(kept.id()));
        assertEquals("Hardware", updated.industry());
        assertEquals(25, updated.employees());
        assertEquals("Acme Tools", updated.name(), "a duplicate keeps its own name");

        imports.undo(result.batchId());
        assertEquals(List.of("Acme Tools", "Untouched"), accountNames());
        Account restored = store.read(tx -> tx.accounts().get(kept.id()));
        assertEquals("Tools", restored.industry());
        assertEquals(10, restored.employees());
        assertTrue(imports.batches().get(0).undone());
        assertEquals("import.problem.undone", assertThrows(ImportProblem.class,
                () -> imports.undo(result.batchId())).key());
    }

    @Test
    void duplicatesCanBeSkippedOrCreatedInstead() {
        store.writeVoid(tx -> tx.accounts().insert(Account.create("Acme Tools", null)));
        byte[] csv = "Name,Industry\nAcme Tools Inc.,Hardware\n".getBytes(StandardCharsets.UTF_8);
        ImportResult skipped = imports.importFile(csv, "a.csv", ImportType.ACCOUNTS, ImportMapping.detect(
                ImportType.ACCOUNTS).withOptions(null, null, null, null, ImportMapping.Duplicates.SKIP));
        assertEquals(1, skipped.skipped());
        assertNull(store.read(tx -> tx.accounts().all().get(0).industry()));
        ImportResult created = imports.importFile(csv, "a.csv", ImportType.ACCOUNTS, ImportMapping.detect(
                ImportType.ACCOUNTS).withOptions(null, null, null, null, ImportMapping.Duplicates.CREATE));
        assertEquals(1, created.created());
        assertEquals(2, accountNames().size());
    }

    @Test
    void contactsAreMatchedByEmailAndAnXlsxWorkbookImportsLikeCsv() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("联系人");
            String[][] rows = {{"姓名", "邮箱", "职位", "公司"}, {"王芳", "wang.fang@example.cn", "采购经理", "华东精密机械"},
                {"李雷", "li.lei@example.cn", "工程师", "华东精密机械有限公司"}, {"王芳", "WANG.FANG@example.cn", "采购总监", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(file);
        }
        ImportMapping mapping = ImportMapping.detect(ImportType.CONTACTS).withOptions(null, null, true, null, null);
        ImportResult result = imports.importFile(file.toByteArray(), "contacts.xlsx", ImportType.CONTACTS, mapping);
        assertEquals(2, result.created(), result.rejected()::toString);
        assertEquals(1, result.skipped(), "the second row of the same e-mail in one file is a duplicate");
        assertEquals(1, result.accountsCreated(), "华东精密机械 and 华东精密机械有限公司 are one company");
    }

    @Test
    void aSavedMappingIsReadBackAndABrokenOneRefused(@TempDir Path dir) throws Exception {
        ImportMapping mapping = ImportMapping.detect(ImportType.OPPORTUNITIES)
                .withColumns(Map.of("StageName", "stage", "Name", "title"))
                .withValues(Map.of("stage", Map.of("Engaging", "Qualification")))
                .withOptions("dd/MM/yyyy", true, true, false, ImportMapping.Duplicates.SKIP);
        Path file = dir.resolve("salesforce-deals.json");
        mapping.save(file);
        assertEquals(mapping, ImportMapping.load(file));
        java.nio.file.Files.writeString(dir.resolve("broken.json"), "{\"columns\": [1,");
        assertEquals("import.problem.mapping", assertThrows(ImportProblem.class,
                () -> ImportMapping.load(dir.resolve("broken.json"))).key());
    }
}
