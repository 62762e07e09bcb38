package org.fieldbook.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.StageKind;
import org.fieldbook.store.Database;
import org.fieldbook.store.FileCompaction;
import org.fieldbook.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final DemoOptions SMALL = new DemoOptions(7, 15, 120, Locale.US, TODAY);

    @TempDir
    Path temp;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Store store(String name) {
        Database database = Database.open(temp.resolve(name));
        opened.add(database);
        return database.store();
    }

    @Test
    void theSameSeedGivesTheSameRowsIdsIncluded() {
        DemoDataService first = new DemoDataService(store("a"));
        DemoDataService second = new DemoDataService(store("b"));
        first.load(SMALL, progress -> { });
        second.load(SMALL, progress -> { });
        assertEquals(first.dump(), second.dump());
    }

    @Test
    void anotherSeedGivesOtherData() {
        DemoDataService first = new DemoDataService(store("a"));
        DemoDataService second = new DemoDataService(store("b"));
        first.load(SMALL, progress -> { });
        second.load(SMALL.withSeed(8), progress -> { });
        assertNotEquals(first.dump(), second.dump());
    }

    @Test
    void theReportCountsWhatWasWrittenAndEveryRowIsInTheChangeLog() {
        Store store = store("a");
        DemoReport report = new DemoDataService(store).load(SMALL, progress -> { });

        Map<String, Long> counts = store.read(tx -> tx.stats().liveCounts());
        assertEquals(report.accounts(), (long) counts.get("account"));
        assertEquals(report.contacts(), (long) counts.get("contact"));
        assertEquals(120L, (long) counts.get("opportunity"));
        assertEquals(report.stageChanges(), (long) counts.get("stage_change"));
        assertEquals(report.buyingRoles(), (long) counts.get("opportunity_contact"));
        assertEquals(report.activities(), (long) counts.get("activity"));
        assertEquals(report.leads(), (long) counts.get("lead"));
        assertEquals(report.reps(), (long) counts.get("sales_rep"));
        assertEquals(report.products(), (long) counts.get("product"));
        assertEquals(report.lines(), (long) counts.get("opportunity_line"));
        assertEquals(report.payments(), (long) counts.get("payment"));
        long prices = store.read(tx -> tx.products().prices().all()).size();
        assertEquals(2L * report.products(), prices, "a list price in the main and the export currency");
        long written = report.reps() + report.accounts() + report.contacts() + report.opportunities()
                + report.stageChanges() + report.buyingRoles() + report.activities() + report.leads()
                + report.products() + prices + report.lines() + report.payments()
                + store.read(tx -> tx.customFields().all()).size();
        assertEquals(written, (long) store.read(tx -> tx.changeLog().count()));
        assertTrue(report.contacts() >= 2 * report.accounts() && report.contacts() <= 4 * report.accounts(),
                report.summary());
        assertTrue(report.reps() >= 4 && report.reps() <= 8, report.summary());
        assertEquals(FileCompaction.Outcome.NOT_NEEDED, report.compaction().outcome(),
                "a file of a few MB is not worth a pause: " + report.compaction());
        assertFalse(report.summary().contains("compacted"), report.summary());
    }

    @Test
    void everyOpportunityHasAHistoryThatEndsInItsStageAndStatus() {
        Store store = store("a");
        new DemoDataService(store).load(SMALL, progress -> { });
        Instant todayBegins = TODAY.atStartOfDay(ZoneOffset.ofHours(-4)).toInstant();
        store.read(tx -> {
            Map<UUID, PipelineStage> stages = tx.stages().all().stream()
                    .collect(Collectors.toMap(PipelineStage::id, s -> s));
            Map<UUID, List<StageChange>> histories = tx.stageChanges().all().stream()
                    .sorted(Comparator.comparing(StageChange::changedAt))
                    .collect(Collectors.groupingBy(StageChange::opportunityId));
            for (Opportunity deal : tx.opportunities().all()) {
                List<StageChange> history = histories.get(deal.id());
                assertNotNull(history, deal.title());
                assertNull(history.get(0).fromStageId());
                assertEquals(deal.createdAt(), history.get(0).changedAt());
                for (int i = 1; i < history.size(); i++) {
                    assertEquals(history.get(i - 1).toStageId(), history.get(i).fromStageId());
                    PipelineStage from = stages.get(history.get(i).fromStageId());
                    PipelineStage to = stages.get(history.get(i).toStageId());
                    assertTrue(from.isOpen(), "moves only out of open stages");
                    assertTrue(!to.isOpen() || to.position() == from.position() + 1, "moves one stage at a time");
                }
                StageChange last = history.get(history.size() - 1);
                assertEquals(deal.stageId(), last.toStageId());
                assertTrue(last.changedAt().isBefore(todayBegins), "history is in the past");
                StageKind kind = stages.get(deal.stageId()).kind();
                assertEquals(kind.name(), deal.status().name());
                if (deal.status() == OpportunityStatus.OPEN) {
                    assertNull(deal.closedAt());
                } else {
                    assertEquals(last.changedAt(), deal.closedAt());
                }
                assertEquals(deal.status() == OpportunityStatus.LOST, deal.lostReason() != null);
                assertTrue(deal.amount().amount().signum() > 0);
            }
            return null;
        });
    }

    @Test
    void quotedDealsAreWorthTheirLinesAndWonDealsHaveAPaymentPlanThatAddsUpToThem() {
        Store store = store("a");
        new DemoDataService(store).load(SMALL.withOpportunities(300), progress -> { });
        store.read(tx -> {
            Map<UUID, List<org.fieldbook.domain.OpportunityLine>> lines = tx.opportunityLines().all().stream()
                    .collect(Collectors.groupingBy(org.fieldbook.domain.OpportunityLine::opportunityId));
            Map<UUID, List<org.fieldbook.domain.Payment>> payments = tx.payments().all().stream()
                    .collect(Collectors.groupingBy(org.fieldbook.domain.Payment::opportunityId));
            Set<UUID> products = tx.products().all().stream().map(org.fieldbook.domain.Product::id)
                    .collect(Collectors.toSet());
            List<Opportunity> deals = tx.opportunities().all();
            long quoted = deals.stream().filter(d -> lines.containsKey(d.id())).count();
            assertTrue(quoted > deals.size() / 5 && quoted < deals.size(), quoted + " of " + deals.size());
            boolean overdueSeen = false;
            for (Opportunity deal : deals) {
                List<org.fieldbook.domain.OpportunityLine> own = lines.getOrDefault(deal.id(), List.of());
                if (!own.isEmpty()) {
                    assertEquals(0, org.fieldbook.domain.OpportunityLine.sum(own, deal.amount().currency()).amount()
                            .compareTo(deal.amount().amount()), deal.title());
                    own.forEach(line -> assertTrue(products.contains(line.productId()), deal.title()));
                }
                List<org.fieldbook.domain.Payment> plan = payments.getOrDefault(deal.id(), List.of());
                assertEquals(deal.status() == OpportunityStatus.WON, !plan.isEmpty(), deal.title());
                if (plan.isEmpty()) {
                    continue;
                }
                var paymentPlan = new org.fieldbook.domain.PaymentPlan(plan);
                assertEquals(0, paymentPlan.expectedTotal().compareTo(deal.amount().amount()), deal.title());
                assertTrue(paymentPlan.receivedTotal().compareTo(paymentPlan.expectedTotal()) <= 0, deal.title());
                plan.stream().filter(p -> p.kind() == org.fieldbook.domain.PaymentKind.RECEIVED)
                        .forEach(p -> assertTrue(p.date().isBefore(TODAY), "received in the past"));
                overdueSeen |= !paymentPlan.overdue(TODAY).isEmpty();
            }
            assertTrue(overdueSeen, "a few won deals have a payment overdue");
            return null;
        });
    }

    @Test
    void aSecondLoadUsesTheCatalogueAlreadyThere() {
        Store store = store("a");
        DemoReport first = new DemoDataService(store).load(SMALL, progress -> { });
        DemoReport second = new DemoDataService(store).load(SMALL, progress -> { });
        assertTrue(first.products() > 5, first.summary());
        assertEquals(0, second.products(), second.summary());
        List<String> codes = store.read(tx -> tx.products().all()).stream()
                .map(org.fieldbook.domain.Product::code).toList();
        assertEquals(codes.size(), Set.copyOf(codes).size(), "no code twice");
    }

    @Test
    void theDataHasWinsLossesOpenDealsBothPipelinesAndExpansionOnlyAfterAWin() {
        Store store = store("a");
        new DemoDataService(store).load(SMALL.withOpportunities(300), progress -> { });
        store.read(tx -> {
            List<Opportunity> deals = tx.opportunities().all();
            Map<OpportunityStatus, Long> byStatus = deals.stream()
                    .collect(Collectors.groupingBy(Opportunity::status, Collectors.counting()));
            assertTrue(byStatus.get(OpportunityStatus.WON) > 30, byStatus.toString());
            assertTrue(byStatus.get(OpportunityStatus.LOST) > 60, byStatus.toString());
            assertTrue(byStatus.get(OpportunityStatus.OPEN) > 20, byStatus.toString());
            UUID expansion = tx.pipelines().named(Pipeline.EXPANSION).orElseThrow().id();
            Map<UUID, Instant> firstWin = new HashMap<>();
            deals.stream().filter(d -> d.status() == OpportunityStatus.WON)
                    .forEach(d -> firstWin.merge(d.accountId(), d.closedAt(), (a, b) -> a.isBefore(b) ? a : b));
            List<Opportunity> expansions = deals.stream().filter(d -> d.pipelineId().equals(expansion)).toList();
            assertTrue(expansions.size() > 10 && expansions.size() < deals.size() / 2, "" + expansions.size());
            for (Opportunity deal : expansions) {
                assertTrue(firstWin.get(deal.accountId()).isBefore(deal.createdAt()), deal.title());
            }
            long currencies = deals.stream().map(d -> d.amount().currency()).distinct().count();
            assertEquals(2, currencies, "one main currency and a few export deals");
            return null;
        });
    }

    @Test
    void leadsComeFromChannelsAndConvertedOnesPointToTheirOpportunity() {
        Store store = store("a");
        new DemoDataService(store).load(SMALL, progress -> { });
        store.read(tx -> {
            Map<UUID, Opportunity> deals = tx.opportunities().all().stream()
                    .collect(Collectors.toMap(Opportunity::id, d -> d));
            List<Lead> leads = tx.leads().all();
            assertTrue(leads.stream().anyMatch(l -> l.status() == LeadStatus.CONVERTED));
            assertTrue(leads.stream().anyMatch(l -> l.status() == LeadStatus.DISQUALIFIED));
            for (Lead lead : leads) {
                assertNotNull(lead.sourceChannel());
                if (lead.status() == LeadStatus.CONVERTED) {
                    Opportunity deal = deals.get(lead.convertedOpportunityId());
                    assertEquals(deal.createdAt(), lead.convertedAt());
                    assertEquals(deal.sourceChannel(), lead.sourceChannel());
                    assertTrue(lead.createdAt().isBefore(lead.convertedAt()));
                } else {
                    assertNull(lead.convertedOpportunityId());
                }
            }
            return null;
        });
    }

    @Test
    void theInboxHasLeadsOfEveryChannelFirstResponsesAndCustomFieldValues() {
        Store store = store("a");
        DemoDataService demo = new DemoDataService(store);
        demo.load(SMALL, progress -> { });
        store.read(tx -> {
            List<Lead> leads = tx.leads().all();
            assertEquals(java.util.EnumSet.allOf(org.fieldbook.domain.SourceChannel.class), leads.stream()
                    .map(Lead::sourceChannel).collect(Collectors.toCollection(
                            () -> java.util.EnumSet.noneOf(org.fieldbook.domain.SourceChannel.class))));
            List<Lead> answered = leads.stream().filter(l -> l.firstResponseAt() != null).toList();
            assertFalse(answered.isEmpty());
            Map<UUID, List<org.fieldbook.domain.Activity>> byLead = tx.activities().all().stream()
                    .filter(a -> a.leadId() != null)
                    .collect(Collectors.groupingBy(org.fieldbook.domain.Activity::leadId));
            for (Lead lead : answered) {
                assertTrue(lead.firstResponseAt().isAfter(lead.createdAt()), lead.toString());
                assertEquals(lead.firstResponseAt(), byLead.get(lead.id()).get(0).doneAt(),
                        "the first response is the lead's activity");
            }
            var fields = tx.customFields().all();
            assertEquals(2, fields.size());
            for (var field : fields) {
                assertTrue(leads.stream().anyMatch(l -> l.customFields().has(field.key())), field.label());
                assertTrue(leads.stream().allMatch(l -> field.problemWith(l.customFields().get(field.key())) == null));
            }
            return null;
        });
        demo.load(SMALL, progress -> { });
        assertEquals(2, store.read(tx -> tx.customFields().all()).size(), "a second load reuses the fields");
    }

    @Test
    void activitiesAreDoneInThePastOrDueLater() {
        Store store = store("a");
        new DemoDataService(store).load(SMALL, progress -> { });
        Instant todayBegins = TODAY.atStartOfDay(ZoneOffset.ofHours(-4)).toInstant();
        store.read(tx -> {
            var activities = tx.activities().all();
            assertTrue(activities.stream().anyMatch(a -> a.doneAt() == null && a.dueAt().isAfter(todayBegins)));
            assertTrue(activities.stream().anyMatch(a -> a.location() != null));
            for (var activity : activities) {
                assertTrue(activity.doneAt() == null || activity.doneAt().isBefore(todayBegins));
                assertTrue(activity.opportunityId() != null || activity.leadId() != null,
                        "about a deal, or the answer to a lead");
            }
            return null;
        });
    }

    @Test
    void chineseLocalesGetChineseNamesAndTheirCurrency() {
        DemoDataService simplified = new DemoDataService(store("cn"));
        DemoDataService traditional = new DemoDataService(store("tw"));
        simplified.load(new DemoOptions(1, 5, 20, Locale.SIMPLIFIED_CHINESE, TODAY), progress -> { });
        traditional.load(new DemoOptions(1, 5, 20, Locale.TRADITIONAL_CHINESE, TODAY), progress -> { });
        String cn = simplified.dump();
        String tw = traditional.dump();
        assertTrue(cn.contains("有限公司") && cn.contains("CNY"), cn);
        assertTrue(tw.contains("有限公司") && tw.contains("TWD"), tw);
        assertTrue(cn.matches("(?s).*name=\\p{IsHan}{2,3},.*"), "a contact or rep named in Chinese");
        assertFalse(tw.contains("销售部"), "Traditional, not Simplified, team names");
    }

    @Test
    void loadingTwiceIntoOneStoreAddsASecondSet() {
        Store store = store("a");
        DemoDataService demo = new DemoDataService(store);
        demo.load(SMALL, progress -> { });
        demo.load(SMALL, progress -> { });
        assertEquals(240L, (long) store.read(tx -> tx.stats().liveCounts()).get("opportunity"));
    }

    @Test
    void progressRisesToOne() {
        List<Double> reported = new ArrayList<>();
        new DemoDataService(store("a"), 50).load(SMALL, reported::add);
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1));
        }
        assertTrue(reported.size() >= 3, reported.toString());
        assertEquals(1.0, reported.get(reported.size() - 1));
    }

    @Test
    void aCancelledLoadStopsBetweenBatchesAndKeepsWholeBatches() {
        Store store = store("a");
        AtomicInteger checks = new AtomicInteger();
        DemoDataService demo = new DemoDataService(store, 50);
        assertThrows(CancellationException.class,
                () -> demo.load(SMALL, progress -> { }, () -> checks.incrementAndGet() > 2));
        Set<UUID> withHistory = new HashSet<>();
        store.read(tx -> {
            tx.stageChanges().all().forEach(change -> withHistory.add(change.opportunityId()));
            List<Opportunity> deals = tx.opportunities().all();
            assertEquals(50, deals.size());
            deals.forEach(deal -> assertTrue(withHistory.contains(deal.id())));
            return null;
        });
    }

    @Test
    void anInterruptedThreadCancelsTheLoad() {
        DemoDataService demo = new DemoDataService(store("a"));
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> demo.load(SMALL, progress -> { }));
        } finally {
            Thread.interrupted();
        }
    }
}
