package org.fieldbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A real Salesforce org export (API column names, UTF-8 with BOM, 15/18-character ids) imported object by object. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesforceImportTest {
    @TempDir
    static Path folder;
    private Database database;
    private Store store;
    private ImportService imports;

    @BeforeAll
    void open() {
        database = Database.open(folder);
        store = database.store();
        imports = new ImportService(store, ZoneOffset.UTC);
    }

    @AfterAll
    void close() {
        database.close();
    }

    private ImportMapping mapping(ImportType type) {
        return ImportMapping.detect(type);
    }

    @Test
    void theExportImportsWithItsOwnColumnNamesAndLinksByItsIds() throws Exception {
        byte[] accountsFile = TestFiles.salesforce("Account.csv");
        ImportService.Preview preview = imports.preview(accountsFile, ImportType.ACCOUNTS, mapping(ImportType.ACCOUNTS));
        assertEquals(StandardCharsets.UTF_8, preview.table().charset());
        assertEquals("Id", preview.table().headers().get(0), "the byte-order mark is not part of the first name");
        assertEquals("name", preview.suggested().columns().get("Name"));
        assertEquals("source_id", preview.suggested().columns().get("Id"));
        assertEquals("employees", preview.suggested().columns().get("NumberOfEmployees"));

        ImportResult accounts = imports.importFile(accountsFile, "Account.csv", ImportType.ACCOUNTS,
                mapping(ImportType.ACCOUNTS));
        assertEquals(22, accounts.created(), () -> "rejected: " + accounts.rejected());

        ImportResult contacts = imports.importFile(TestFiles.salesforce("Contact.csv"), "Contact.csv",
                ImportType.CONTACTS, mapping(ImportType.CONTACTS));
        assertEquals(102, contacts.created(), () -> "rejected: " + contacts.rejected());
        long linked = store.read(tx -> tx.contacts().all().stream().filter(c -> c.accountId() != null).count());
        assertEquals(18L, (long) linked, "the contacts whose AccountId is an imported account's Id are linked to it");

        // The org was loaded on 2024-01-22, after its won deals had closed: with CreatedDate mapped, those
        // closed deals would run backwards, and the dry run says so row by row.
        byte[] deals = TestFiles.salesforce("Opportunity.csv");
        ImportMapping dealMapping = mapping(ImportType.OPPORTUNITIES);
        ImportResult dry = imports.dryRun(deals, ImportType.OPPORTUNITIES, dealMapping);
        assertTrue(dry.rejected().stream().anyMatch(r -> r.key().equals("import.reject.stage")
                && r.arguments().contains("Discovery")), "New business has no Discovery stage: " + dry.rejected());
        assertTrue(dry.rejected().stream().anyMatch(r -> r.key().equals("import.reject.closedBeforeCreated")));
        assertEquals(0L, (long) store.read(tx -> tx.opportunities().countLive()), "a dry run writes nothing");

        Map<String, String> columns = new HashMap<>(imports.preview(deals, ImportType.OPPORTUNITIES, dealMapping)
                .suggested().columns());
        columns.remove("CreatedDate");
        ImportMapping chosen = dealMapping.withColumns(columns)
                .withValues(Map.of("stage", Map.of("Discovery", "Prospecting")));
        ImportResult dealsImported = imports.importFile(deals, "Opportunity.csv", ImportType.OPPORTUNITIES, chosen);
        assertEquals(50, dealsImported.created(), () -> "rejected: " + dealsImported.rejected());
        List<Opportunity> all = store.read(tx -> tx.opportunities().all());
        assertEquals(12, all.stream().filter(o -> o.status() == OpportunityStatus.WON).count());
        assertEquals(3, all.stream().filter(o -> o.status() == OpportunityStatus.LOST).count());
        assertTrue(all.stream().filter(o -> !o.isOpen()).allMatch(o -> o.closedAt() != null
                && !o.closedAt().isBefore(o.createdAt())));
        assertEquals(50 + 15, (int) store.read(tx -> tx.stageChanges().all().size()),
                "an open deal enters its stage once, a closed one its first stage and then won or lost");

        ImportResult tasks = imports.importFile(TestFiles.salesforce("Task.csv"), "Task.csv", ImportType.ACTIVITIES,
                mapping(ImportType.ACTIVITIES));
        assertTrue(tasks.created() > 0);
        assertEquals(75, tasks.created() + tasks.rejected().size());
        assertTrue(tasks.rejected().stream().allMatch(r -> r.key().equals("validation.activity.account.required")
                || r.key().equals("import.reject.noAccount")), tasks.rejected()::toString);

        ImportResult leads = imports.importFile(TestFiles.salesforce("Lead.csv"), "Lead.csv", ImportType.LEADS,
                mapping(ImportType.LEADS));
        assertEquals(60, leads.created(), () -> "rejected: " + leads.rejected());
        assertNotNull(leads.batchId());
    }
}
