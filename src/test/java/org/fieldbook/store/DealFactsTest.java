package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.DEAL_FACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.StageKind;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.PipelineService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-deal facts (V15, decision 0020) after every kind of write: each test writes through the store as the
 * app does and compares {@code deal_fact} with the facts worked out here, in Java, from the deals, their stage
 * history and the stages.
 */
class DealFactsTest {
    @TempDir
    Path folder;
    Database database;
    Store store;
    OpportunityService deals;
    List<PipelineStage> newBusiness;
    UUID account;

    /** One deal's facts as {@code deal_fact} holds them. */
    record Fact(int furthestLevel, Instant lastMoveAt, UUID lastMoveStage) {
    }

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
        deals = new OpportunityService(store);
        newBusiness = store.read(tx -> tx.stages().ofPipeline(tx.pipelines().all().get(0).id()));
        account = store.write(tx -> tx.accounts().insert(Account.create("Acme", null))).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PipelineStage stage(String name) {
        return newBusiness.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Opportunity create(String title, String stage) {
        return create(deals, title, stage);
    }

    private Opportunity create(OpportunityService through, String title, String stage) {
        return through.create(Opportunity.create(account, stage(stage), title, Money.of("1000", "USD"),
                LocalDate.of(2027, 1, 31), null), null);
    }

    private Map<UUID, Fact> stored() {
        Map<UUID, Fact> facts = new HashMap<>();
        database.dsl().selectFrom(DEAL_FACT).forEach(row -> facts.put(row.getOpportunityId(),
                new Fact(row.getFurthestLevel(), row.getLastMoveAt() == null ? null : row.getLastMoveAt().toInstant(),
                        row.getLastMoveStageId())));
        return facts;
    }

    /** The facts of every deal (deleted ones too), worked out from the rows one by one. */
    private Map<UUID, Fact> expected() {
        return store.read(tx -> {
            Map<UUID, PipelineStage> stages = new HashMap<>();
            tx.pipelines().all().forEach(p -> tx.stages().ofPipeline(p.id()).forEach(s -> stages.put(s.id(), s)));
            Map<UUID, Fact> facts = new HashMap<>();
            for (Opportunity deal : database.dsl().selectFrom(org.fieldbook.store.jooq.Tables.OPPORTUNITY)
                    .fetch(r -> tx.opportunities().findIncludingDeleted(r.getId()).orElseThrow())) {
                List<StageChange> history = tx.stageChanges().ofOpportunity(deal.id());
                int level = levelOf(stages.get(deal.stageId()));
                for (StageChange change : history) {
                    PipelineStage been = stages.get(change.toStageId());
                    if (been.pipelineId().equals(deal.pipelineId())) {
                        level = Math.max(level, levelOf(been));
                    }
                }
                Optional<StageChange> last = history.stream().max(Comparator.comparing(StageChange::changedAt)
                        .thenComparing(StageChange::id));
                facts.put(deal.id(), new Fact(level,
                        last.map(c -> c.changedAt().truncatedTo(ChronoUnit.MILLIS)).orElse(null),
                        last.map(StageChange::toStageId).orElse(null)));
            }
            return facts;
        });
    }

    private static int levelOf(PipelineStage stage) {
        return stage.kind() == StageKind.OPEN ? stage.position()
                : stage.kind() == StageKind.WON ? DealFacts.WON_LEVEL : -1;
    }

    private void assertFactsHold() {
        Map<UUID, Fact> expected = expected();
        assertTrue(!expected.isEmpty(), "the test has deals");
        assertEquals(expected, stored());
    }

    @Test
    void aNewDealHasTheFactsOfItsFirstStage() {
        Opportunity deal = create("New", "Qualification");
        assertFactsHold();
        assertEquals(stage("Qualification").position(), stored().get(deal.id()).furthestLevel());
    }

    @Test
    void aMoveLeavingAStageTheHistoryDoesNotEndInIsDerivedFromTheRows() {
        Opportunity deal = create("Left in Negotiation", "Prospecting");
        deals.moveToStage(deal.id(), stage("Negotiation").id(), null);
        // the move to Negotiation tombstoned (a teammate's undo merged with it): the deal stays in Negotiation,
        // its newest live move went to Prospecting, and only its stage now says how far it got
        store.writeVoid(tx -> tx.stageChanges().delete(tx.stageChanges().ofOpportunity(deal.id()).stream()
                .filter(change -> change.toStageId().equals(stage("Negotiation").id())).findFirst().orElseThrow()
                .id()));
        assertFactsHold();
        deals.moveToStage(deal.id(), stage("Qualification").id(), null);
        assertFactsHold();
        assertEquals(stage("Qualification").position(), stored().get(deal.id()).furthestLevel(),
                "Negotiation is in no live move any more: advancing the old level would have kept it");
    }

    @Test
    void movesInTheSameMillisecondAreOrderedAsTheHistorySays() {
        Store frozen = new Store(database.dsl(), Database.SCHEMA_VERSION,
                java.time.Clock.fixed(Instant.parse("2026-12-03T10:15:30.123456Z"), java.time.ZoneOffset.UTC));
        OpportunityService sameInstant = new OpportunityService(frozen);
        Opportunity deal = create(sameInstant, "Quick", "Prospecting");
        sameInstant.moveToStage(deal.id(), stage("Proposal").id(), null);
        sameInstant.moveToStage(deal.id(), stage("Qualification").id(), null);
        assertFactsHold();
        assertEquals(stage("Qualification").id(), stored().get(deal.id()).lastMoveStage(),
                "of moves at the same time, the newest by id is the last");
        assertEquals(stage("Proposal").position(), stored().get(deal.id()).furthestLevel());
    }

    @Test
    void aLongHistoryMovedOnKeepsItsFacts() {
        Opportunity deal = create("Travelling", "Prospecting");
        String[] tour = {"Qualification", "Proposal", "Qualification", "Negotiation", "Prospecting", "Proposal"};
        for (String next : tour) {
            deals.moveToStage(deal.id(), stage(next).id(), null);
            assertFactsHold();
        }
        assertEquals(stage("Negotiation").position(), stored().get(deal.id()).furthestLevel());
        assertEquals(stage("Proposal").id(), stored().get(deal.id()).lastMoveStage());
    }

    @Test
    void movesForwardBackAndToLostKeepTheFurthestLevelAndTheNewestMove() {
        Opportunity deal = create("Moving", "Prospecting");
        deals.moveToStage(deal.id(), stage("Negotiation").id(), null);
        deals.moveToStage(deal.id(), stage("Qualification").id(), null);
        assertFactsHold();
        assertEquals(stage("Negotiation").position(), stored().get(deal.id()).furthestLevel(),
                "a step back does not lower how far the deal got");
        assertEquals(stage("Qualification").id(), stored().get(deal.id()).lastMoveStage());
        deals.moveToStage(deal.id(), stage("Lost").id(), null);
        assertFactsHold();
        deals.moveToStage(deal.id(), stage("Won").id(), null);
        assertFactsHold();
        assertEquals(DealFacts.WON_LEVEL, stored().get(deal.id()).furthestLevel());
    }

    @Test
    void aTombstonedStageChangeNoLongerCounts() {
        Opportunity deal = create("Undone", "Prospecting");
        deals.moveToStage(deal.id(), stage("Proposal").id(), null);
        deals.moveToStage(deal.id(), stage("Prospecting").id(), null);
        StageChange toProposal = deals.history(deal.id()).stream()
                .filter(c -> c.toStageId().equals(stage("Proposal").id())).findFirst().orElseThrow();
        store.writeVoid(tx -> tx.stageChanges().delete(toProposal.id()));
        assertFactsHold();
        assertTrue(stored().get(deal.id()).furthestLevel() < stage("Proposal").position());
    }

    @Test
    void reorderingStagesDerivesTheirPipelinesDealsAgain() {
        Opportunity early = create("Early", "Prospecting");
        Opportunity late = create("Late", "Negotiation");
        new PipelineService(store).moveStage(stage("Negotiation").id(), -3); // now first of the open stages
        assertFactsHold();
        assertTrue(stored().get(late.id()).furthestLevel() < stored().get(early.id()).furthestLevel());
    }

    @Test
    void aDealLeftInAStageOfAnotherPipelineFollowsThatStagesReorder() {
        Opportunity deal = create("Split", "Negotiation");
        UUID expansion = store.read(tx -> tx.pipelines().all().get(1).id());
        // what merging two teammates' moves can leave: the pipeline of one move and the stage of the other
        Opportunity c = store.read(tx -> tx.opportunities().get(deal.id()));
        store.write(tx -> tx.opportunities().update(new Opportunity(c.id(), c.accountId(), expansion, c.stageId(),
                c.title(), c.amount(), c.expectedClose(), c.ownerId(), c.sourceChannel(), c.status(), c.lostReason(),
                c.closedAt(), c.position(), c.createdAt(), c.updatedAt(), c.customFields())));
        assertFactsHold();
        new PipelineService(store).moveStage(stage("Negotiation").id(), -3);
        assertFactsHold();
        assertEquals(0, stored().get(deal.id()).furthestLevel(), "Negotiation is now the first open stage");
    }

    @Test
    void aDealMovedToAnotherPipelineCountsOnlyThatPipelinesStages() {
        Opportunity deal = create("Moved over", "Negotiation");
        PipelineStage discovery = store.read(tx -> tx.stages().ofPipeline(tx.pipelines().all().get(1).id()).get(0));
        store.write(tx -> tx.opportunities().update(tx.opportunities().get(deal.id()).movedTo(discovery,
                Instant.now())));
        assertFactsHold();
        assertEquals(discovery.position(), stored().get(deal.id()).furthestLevel());
    }

    @Test
    void editsThatDoNotMoveADealLeaveItsFactsAndARolledBackMoveChangesNothing() {
        Opportunity deal = create("Edited", "Proposal");
        Map<UUID, Fact> before = stored();
        store.write(tx -> tx.opportunities().update(tx.opportunities().get(deal.id()).withTitle("Renamed")));
        assertEquals(before, stored());
        assertThrows(IllegalStateException.class, () -> store.writeVoid(tx -> {
            tx.stageChanges().insert(new StageChange(TimeOrderedId.next(), deal.id(), stage("Proposal").id(),
                    stage("Won").id(), Instant.now(), null));
            throw new IllegalStateException("the user cancelled");
        }));
        assertEquals(before, stored());
        deals.delete(deal.id(), store.read(tx -> tx.opportunities().versions(deal.id())));
        assertFactsHold();
    }

    @Test
    void dealsInsertedWithTheirHistoryInOneTransactionHaveTheFactsTheirRowsSay() {
        // times with microseconds that the column rounds, and two moves in the same millisecond: the facts worked
        // out from the inserted values must equal those read back from the rows
        Instant base = Instant.parse("2026-03-01T10:00:00.000Z");
        List<UUID> ids = new java.util.ArrayList<>();
        store.writeVoid(tx -> {
            List<Opportunity> created = new java.util.ArrayList<>();
            List<StageChange> history = new java.util.ArrayList<>();
            for (int i = 0; i < 1_200; i++) {
                PipelineStage now = newBusiness.get(i % newBusiness.size());
                Opportunity deal = Opportunity.create(account, now, "Bulk " + i, Money.of("10", "USD"),
                        LocalDate.of(2027, 1, 1), null);
                created.add(deal);
                ids.add(deal.id());
                Instant at = base.plusSeconds(i).plusNanos(499_600L + i % 3 * 200_000L);
                // the later move gets the smaller id: where both round to the same millisecond, the id decides
                UUID laterId = TimeOrderedId.next();
                history.add(new StageChange(TimeOrderedId.next(), deal.id(), null, newBusiness.get(0).id(), at, null));
                if (i % 2 == 0) {
                    history.add(new StageChange(laterId, deal.id(), newBusiness.get(0).id(),
                            newBusiness.get((i / 2) % newBusiness.size()).id(), at.plusNanos(300_000), null));
                }
            }
            tx.opportunities().insertAll(created);
            tx.stageChanges().insertAll(history);
        });
        assertEquals(0, TestDatabases.staleDealFacts(database));
        assertEquals(1_200, stored().size());
        assertFactsHold();
    }

    @Test
    void h2OrdersUuidsAsUnsignedNumbers() {
        UUID high = UUID.fromString("80000000-0000-7000-8000-000000000000");
        UUID low = UUID.fromString("00000000-0000-7000-8000-000000000001");
        assertTrue(DealFacts.unsigned(high, low) > 0);
        assertEquals(Boolean.TRUE, database.dsl().fetchValue("SELECT CAST(? AS UUID) > CAST(? AS UUID)",
                high.toString(), low.toString()));
    }

    @Test
    void aDatabaseUpgradedToV15HasTheFactsOfItsDeals() {
        create("Before", "Prospecting");
        Opportunity moved = create("Moved before", "Prospecting");
        deals.moveToStage(moved.id(), stage("Won").id(), null);
        Map<UUID, Fact> kept = stored();
        database.dsl().execute("DROP TABLE deal_fact");
        database.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('15', '16', '17')");
        for (String copy : new String[] {"product_price_product ON product_price (product_id)",
            "opportunity_line_opportunity ON opportunity_line (opportunity_id)",
            "payment_opportunity ON payment (opportunity_id)", "quote_opportunity ON quote (opportunity_id)",
            "quote_line_quote ON quote_line (quote_id)",
            "approval_request_opportunity ON approval_request (opportunity_id)"}) {
            database.dsl().execute("CREATE INDEX " + copy); // V17 drops them
        }
        database.dsl().execute("DROP INDEX opportunity_status");
        database.dsl().execute("CREATE INDEX opportunity_status ON opportunity (status, closed_at)");
        database.dsl().execute("DROP INDEX activity_open_due");
        database.dsl().execute("CREATE INDEX activity_open_due ON activity (done_at, due_at)");
        database.close();
        database = Database.open(folder);
        store = database.store();
        assertEquals(kept, stored());
        assertFactsHold();
    }
}
