package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.AssignmentRuleKind;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportResult;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New leads get their owner from the team's rules: first match wins, round-robin is even, a chosen owner stays. */
class LeadAssignmentTest {
    @TempDir
    static Path folder;
    private static Database database;
    private Store store;
    private AssignmentRuleService rules;
    private LeadService leads;
    private SalesRep ann;
    private SalesRep bo;
    private SalesRep chen;
    private SalesRep dita;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty() {
        TestDatabases.reset(database);
        store = database.store();
        rules = new AssignmentRuleService(store);
        leads = new LeadService(store);
        ann = rep("Ann Archer");
        bo = rep("Bo Berg");
        chen = rep("陈晨");
        dita = rep("Dita Dahl");
    }

    private SalesRep rep(String name) {
        return store.write(tx -> tx.reps().insert(new SalesRep(TimeOrderedId.next(), name, null, null, null)));
    }

    private static String leadsCsv(int count, String region) {
        StringBuilder csv = new StringBuilder("Name,Company,Region\n");
        for (int i = 1; i <= count; i++) {
            csv.append("Lead ").append(i).append(",Company ").append(i).append(',').append(region).append('\n');
        }
        return csv.toString();
    }

    private ImportResult importLeads(String csv) {
        return new ImportService(store, ZoneOffset.UTC).importFile(csv.getBytes(StandardCharsets.UTF_8),
                "leads.csv", ImportType.LEADS, ImportMapping.detect(ImportType.LEADS));
    }

    private Map<UUID, Long> ownersOfAllLeads() {
        return store.read(tx -> tx.leads().all()).stream()
                .collect(Collectors.groupingBy(l -> l.ownerId() == null ? new UUID(0, 0) : l.ownerId(),
                        Collectors.counting()));
    }

    @Test
    void roundRobinSharesOneHundredImportedLeadsEvenlyAmongThreeReps() {
        AssignmentRule roundRobin = rules.save(List.of(AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null,
                List.of(ann.id(), bo.id(), chen.id())))).get(0);

        ImportResult result = importLeads(leadsCsv(100, ""));

        assertEquals(100, result.created());
        Map<UUID, Long> owners = ownersOfAllLeads();
        assertEquals(java.util.Set.of(ann.id(), bo.id(), chen.id()), owners.keySet(), "nobody else, none left over");
        long most = owners.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long fewest = owners.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(most - fewest <= 1, "34/33/33, got " + owners);
        assertTrue(store.read(tx -> tx.leads().all()).stream()
                .allMatch(l -> roundRobin.id().equals(l.assignmentRuleId())));
    }

    @Test
    void roundRobinStaysEvenAcrossImportsAndTypedLeads() {
        rules.save(List.of(AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null,
                List.of(ann.id(), bo.id(), chen.id()))));
        importLeads(leadsCsv(10, ""));
        for (int i = 0; i < 7; i++) {
            leads.create(Lead.create("Typed " + i, null, null, null));
        }
        importLeads(leadsCsv(13, ""));
        Map<UUID, Long> owners = ownersOfAllLeads();
        assertEquals(List.of(10L, 10L, 10L), owners.values().stream().sorted().toList(), owners.toString());
    }

    @Test
    void aRegionRuleAboveRoundRobinWinsForItsRegion() {
        List<AssignmentRule> saved = rules.save(List.of(
                AssignmentRule.create(AssignmentRuleKind.REGION, List.of("North", "华北"), List.of(dita.id())),
                AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null, List.of(ann.id(), bo.id(), chen.id()))));

        importLeads(leadsCsv(5, " north ") + "Li Lei,华北机械,华北\nSouth one,S Ltd,South\n");

        List<Lead> all = store.read(tx -> tx.leads().all());
        Function<String, Lead> named = name -> all.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
        for (int i = 1; i <= 5; i++) {
            assertEquals(dita.id(), named.apply("Lead " + i).ownerId(), "region North, whatever the case and spaces");
            assertEquals(saved.get(0).id(), named.apply("Lead " + i).assignmentRuleId());
        }
        assertEquals(dita.id(), named.apply("Li Lei").ownerId());
        Lead south = named.apply("South one");
        assertEquals(saved.get(1).id(), south.assignmentRuleId(), "no region rule takes South: round-robin does");
        assertTrue(List.of(ann.id(), bo.id(), chen.id()).contains(south.ownerId()));
    }

    @Test
    void aChannelRuleTakesLeadsOfItsChannelOnly() {
        AssignmentRule events = rules.save(List.of(AssignmentRule.create(AssignmentRuleKind.CHANNEL,
                List.of(SourceChannel.EVENT.name()), List.of(bo.id())))).get(0);
        Lead fromEvent = leads.create(Lead.create("Met at the fair", null, SourceChannel.EVENT, null));
        Lead fromWeb = leads.create(Lead.create("Web form", null, SourceChannel.WEBSITE, null));
        assertEquals(bo.id(), fromEvent.ownerId());
        assertEquals(events.id(), fromEvent.assignmentRuleId());
        assertNull(fromWeb.ownerId(), "no rule matches: the lead waits unassigned");
        assertNull(fromWeb.assignmentRuleId());
    }

    @Test
    void aManuallyChosenOwnerIsNotOverridden() {
        rules.save(List.of(AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null, List.of(ann.id(), bo.id()))));
        Lead typed = leads.create(Lead.create("Chosen", null, null, chen.id()));
        assertEquals(chen.id(), typed.ownerId());
        assertNull(typed.assignmentRuleId());

        importLeads("Name,Owner\nImported with owner,Dita Dahl\n");
        Lead imported = store.read(tx -> tx.leads().all()).stream()
                .filter(l -> l.name().equals("Imported with owner")).findFirst().orElseThrow();
        assertEquals(dita.id(), imported.ownerId());
        assertNull(imported.assignmentRuleId());
    }

    @Test
    void theRuleThatFiredIsKeptUntilSomeoneChoosesAnotherOwner() {
        AssignmentRule only = rules.save(List.of(AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null,
                List.of(ann.id())))).get(0);
        Lead lead = leads.create(Lead.create("Ada", null, null, null));
        var started = leads.edit(lead.id());
        Lead renamed = leads.update(started, started.original().withDetails("Ada B.", null, null, null, null,
                LeadStatus.WORKING, null, ann.id()));
        assertEquals(only.id(), renamed.assignmentRuleId(), "same owner: the rule still explains it");
        var again = leads.edit(lead.id());
        Lead moved = leads.update(again, again.original().withDetails("Ada B.", null, null, null, null,
                LeadStatus.WORKING, null, bo.id()));
        assertNull(moved.assignmentRuleId(), "someone chose Bo: no rule explains that");
    }

    @Test
    void aRepTakenOffTheTeamIsPassedOver() {
        rules.save(List.of(AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null, List.of(ann.id(), bo.id()))));
        store.writeVoid(tx -> tx.reps().delete(ann.id()));
        for (int i = 0; i < 4; i++) {
            assertEquals(bo.id(), leads.create(Lead.create("L" + i, null, null, null)).ownerId());
        }
    }

    @Test
    void rulesAreSavedInOrderAndRefusedWithoutValuesOrReps() {
        AssignmentRule region = AssignmentRule.create(AssignmentRuleKind.REGION, List.of("West"), List.of(ann.id()));
        AssignmentRule rr = AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null, List.of(bo.id()));
        rules.save(List.of(region, rr));
        rules.save(List.of(rr, region)); // reordered
        assertEquals(List.of(rr.id(), region.id()), rules.rules().stream().map(AssignmentRule::id).toList());
        rules.save(List.of(region));
        assertEquals(List.of(region.id()), rules.rules().stream().map(AssignmentRule::id).toList());

        RuleViolation noValues = assertThrows(RuleViolation.class, () -> rules.save(List.of(
                AssignmentRule.create(AssignmentRuleKind.REGION, List.of(" "), List.of(ann.id())))));
        assertEquals("validation.assignment.regionRequired", noValues.violations().get(0).messageKey());
        assertThrows(RuleViolation.class, () -> rules.save(List.of(
                AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null, List.of()))));
        assertEquals(List.of(region.id()), rules.rules().stream().map(AssignmentRule::id).toList(), "nothing saved");
    }
}
