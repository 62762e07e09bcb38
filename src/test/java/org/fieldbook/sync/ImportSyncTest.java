package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportResult;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.store.Store;
import org.fieldbook.store.TestDatabases;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is an ordinary edit to the team: a teammate who syncs after it holds the same rows, stage history
 * and change records, and after its undo the same rows again. The importer writes its records through the
 * store's one write path, whatever it keeps locally to undo them (decision 0015).
 */
class ImportSyncTest {
    private static final String ACCOUNTS = """
            Id,Account Name,Industry
            001A000001ABCDEAAA,ACME TOOLS LTD,Hardware
            001A000001GLOBXAAA,Globex,Energy
            """;
    private static final String DEALS = """
            Title,Account,Stage,Amount,CloseDate,Created,Owner
            Lathe order,Acme Tools,Proposal,"12,500.00",2025-03-01,2025-01-10T09:00:00Z,Ann Lee
            Turbines,001A000001GLOBX,Won,90000,2025-02-01,2024-11-02T09:00:00Z,Bo Chen
            Pumps,Initech,Lost,4000.5,2025-01-15,2024-12-01T09:00:00Z,Ann Lee
            Broken,Acme Tools,Proposal,-5,2025-03-01,2025-01-10T09:00:00Z,Ann Lee
            Valves,Initech,Qualification,700,2025-04-01,,
            """;

    @TempDir
    Path root;

    @Test
    void aTeammateHoldsWhatAnImportWroteAndWhatItsUndoTookBack() throws Exception {
        try (ReplicaSet team = new ReplicaSet(root, List.of(Clock.systemUTC(), Clock.systemUTC()))) {
            team.reset(true);
            Store office = team.store(0);
            Store road = team.store(1);
            Account acme = office.write(tx -> tx.accounts().insert(new Account(org.fieldbook.domain.TimeOrderedId
                    .next(), "Acme Tools", "Tools", 10, null, null, null, null, null, null, null, null, null)));
            team.syncAll();

            ImportService imports = new ImportService(office, ZoneOffset.UTC);
            ImportResult accounts = imports.importFile(ACCOUNTS.getBytes(StandardCharsets.UTF_8), "Account.csv",
                    ImportType.ACCOUNTS, ImportMapping.detect(ImportType.ACCOUNTS));
            assertEquals(1, accounts.created());
            assertEquals(1, accounts.updated());
            long before = ownChanges(office).size();
            ImportResult deals = imports.importFile(DEALS.getBytes(StandardCharsets.UTF_8), "deals.csv",
                    ImportType.OPPORTUNITIES, ImportMapping.detect(ImportType.OPPORTUNITIES)
                            .withOptions(null, null, true, true, null));
            assertEquals(4, deals.created(), deals.rejected()::toString);
            assertEquals(1, deals.accountsCreated());
            assertEquals(2, deals.ownersCreated());
            assertEquals(List.of(5L), deals.rejected().stream().map(r -> r.line()).toList());
            List<ChangeRecord> dealChanges = ownChanges(office).subList((int) before, ownChanges(office).size());
            // two reps, one account, four deals, 1 + 2 + 2 + 1 stage changes: each one CREATE, nothing else
            assertEquals(Map.of("sales_rep", 2L, "account", 1L, "opportunity", 4L, "stage_change", 6L),
                    dealChanges.stream().collect(Collectors.groupingBy(ChangeRecord::entity, Collectors.counting())));
            assertTrue(dealChanges.stream().allMatch(c -> c.op() == ChangeOp.CREATE));

            team.syncAll();
            assertSame(team);
            Map<String, Opportunity> onRoad = road.read(tx -> tx.opportunities().all()).stream()
                    .collect(Collectors.toMap(Opportunity::title, o -> o));
            assertEquals(OpportunityStatus.WON, onRoad.get("Turbines").status());
            assertEquals(acme.id(), onRoad.get("Lathe order").accountId());
            assertEquals(2, road.read(tx -> tx.stageChanges().ofOpportunity(onRoad.get("Pumps").id())).size());

            imports.undo(deals.batchId());
            imports.undo(accounts.batchId());
            team.syncAll();
            assertSame(team);
            assertEquals(List.of(), road.read(tx -> tx.opportunities().all()));
            assertEquals(List.of("Acme Tools"), road.read(tx -> tx.accounts().all()).stream().map(Account::name)
                    .toList());
            assertEquals("Tools", road.read(tx -> tx.accounts().get(acme.id())).industry(),
                    "the update's undo reached the teammate as an edit");
            assertEquals(0L, (long) road.read(tx -> tx.reps().countLive()));
            assertEquals(0L, (long) road.read(tx -> tx.stageChanges().countLive()));
            assertTrue(team.lostChanges(1).isEmpty());
        }
    }

    private static List<ChangeRecord> ownChanges(Store store) {
        return store.read(tx -> tx.changeLog().outboxAfter(0, Integer.MAX_VALUE));
    }

    private static void assertSame(ReplicaSet team) {
        assertNull(team.firstDifference());
        for (String table : new String[] {"sales_rep", "contact"}) {
            assertEquals(TestDatabases.dump(team.database(0), table, "updated_at"),
                    TestDatabases.dump(team.database(1), table, "updated_at"), table);
        }
    }
}
