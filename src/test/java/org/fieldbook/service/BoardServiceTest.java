package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.BoardPlaces;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.MissingRequiredFields;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The board's use cases against a real store: moves, their history and change records, rules and undo. */
class BoardServiceTest {
    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private BoardService board;
    private OpportunityService opportunities;
    private List<PipelineStage> stages;
    private Account acme;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
        board = new BoardService(store);
        opportunities = new OpportunityService(store);
        stages = new PipelineService(store).pipelinesWithStages().values().iterator().next();
        acme = new AccountService(store).create(Account.create("Acme Tools", null));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PipelineStage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Opportunity deal(String title, String amount, double position) {
        return opportunities.create(Opportunity.create(acme.id(), stage("Prospecting"), title,
                new Money(new BigDecimal(amount), "EUR"), LocalDate.of(2030, 1, 31), null).withPosition(position),
                null);
    }

    private List<ChangeRecord> changes() {
        return store.read(tx -> tx.changeLog().outboxAfter(0, Integer.MAX_VALUE));
    }

    @Test
    void aMoveStoresTheStageItsHistoryAndTheirChangeRecordsTogether() {
        Opportunity forklifts = deal("Forklifts", "12500", 1);
        int before = changes().size();
        BoardService.Move move = board.move(new BoardService.Drop(forklifts.id(), stage("Proposal").id(), null, null),
                BoardService.FilledIn.NOTHING, null);

        assertEquals(stage("Proposal").id(), opportunities.edit(forklifts.id()).original().stageId());
        var history = opportunities.history(forklifts.id());
        assertEquals(2, history.size());
        assertEquals(stage("Prospecting").id(), history.get(1).fromStageId());
        assertEquals(move.stageChangeId(), history.get(1).id());
        List<ChangeRecord> added = changes().subList(before, changes().size());
        assertTrue(added.stream().anyMatch(c -> c.entity().equals("stage_change") && c.op() == ChangeOp.CREATE));
        assertTrue(added.stream().anyMatch(c -> c.entity().equals("opportunity") && c.op() == ChangeOp.SET
                && c.field().equals("stage_id")));
        assertEquals(added.size(), added.stream().map(ChangeRecord::deviceSeq).distinct().count(),
                "each change has its own sequence number");
    }

    @Test
    void proposalRequiresAnAmountAndNothingIsWrittenUntilItIsGiven() {
        Opportunity service = deal("Service contract", "0", 1);
        int before = changes().size();
        var drop = new BoardService.Drop(service.id(), stage("Proposal").id(), null, null);
        MissingRequiredFields missing = assertThrows(MissingRequiredFields.class,
                () -> board.move(drop, BoardService.FilledIn.NOTHING, null));
        assertEquals(Set.of(RequiredField.AMOUNT), missing.fields());
        assertEquals(before, changes().size(), "nothing half-saved");
        assertEquals(1, opportunities.history(service.id()).size());

        board.move(drop, new BoardService.FilledIn(Money.of("900", "EUR"), null, null), null);
        Opportunity moved = opportunities.edit(service.id()).original();
        assertEquals(stage("Proposal").id(), moved.stageId());
        assertEquals(0, moved.amount().amount().compareTo(new BigDecimal("900")));
    }

    @Test
    void aDecisionMakerGivenOnTheWayInIsStoredAsTheirBuyingRole() {
        store.writeVoid(tx -> tx.stages().update(new PipelineStage(stage("Negotiation").id(),
                stage("Negotiation").pipelineId(), "Negotiation", 3, 75, stage("Negotiation").kind(), 14,
                Set.of(RequiredField.DECISION_MAKER))));
        Opportunity deal = deal("Forklifts", "12500", 1);
        Contact grace = new ContactService(store).create(Contact.create(acme.id(), "Grace Hopper"));
        var drop = new BoardService.Drop(deal.id(), stage("Negotiation").id(), null, null);
        assertEquals(Set.of(RequiredField.DECISION_MAKER), assertThrows(MissingRequiredFields.class,
                () -> board.move(drop, BoardService.FilledIn.NOTHING, null)).fields());

        BoardService.Move move = board.move(drop, new BoardService.FilledIn(null, null, grace.id()), null);
        assertTrue(store.<Boolean>read(tx -> tx.board().hasDecisionMaker(deal.id())));
        assertEquals(BuyingRole.DECISION_MAKER, store.read(tx -> tx.opportunityContacts().get(move.buyingRoleId()))
                .role());
        board.undo(move);
        assertTrue(!store.<Boolean>read(tx -> tx.board().hasDecisionMaker(deal.id())), "the undo takes the role back");
    }

    @Test
    void undoPutsTheDealBackAndSendsItsHistoryRecordToTheTrashAsAChange() {
        Opportunity deal = deal("Forklifts", "12500", 1);
        BoardService.Move move = board.move(new BoardService.Drop(deal.id(), stage("Qualification").id(), null,
                null), BoardService.FilledIn.NOTHING, null);
        board.undo(move);
        Opportunity back = opportunities.edit(deal.id()).original();
        assertEquals(stage("Prospecting").id(), back.stageId());
        assertEquals(1, opportunities.history(deal.id()).size());
        assertTrue(changes().stream().anyMatch(c -> c.entity().equals("stage_change")
                && c.rowId().equals(move.stageChangeId()) && c.op() == ChangeOp.DELETE));
    }

    @Test
    void aDropBetweenTwoCardsTakesThePlaceHalfwayAndEqualPlacesAreNumberedAfresh() {
        Opportunity a = deal("A", "1", 0);
        Opportunity b = deal("B", "1", 0);
        Opportunity c = deal("C", "1", 0);
        board.move(new BoardService.Drop(c.id(), stage("Prospecting").id(), a.id(), b.id()),
                BoardService.FilledIn.NOTHING, null);
        List<UUID> order = board.cards(a.pipelineId()).stream().map(BoardCard::id).toList();
        assertEquals(List.of(a.id(), c.id(), b.id()), order);

        Opportunity d = deal("D", "1", 10);
        board.move(new BoardService.Drop(d.id(), stage("Prospecting").id(), null, a.id()),
                BoardService.FilledIn.NOTHING, null);
        assertEquals(d.id(), board.cards(a.pipelineId()).get(0).id(), "above the first card");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ,    ,  1
            3,   ,  4
            ,   3,  2
            1,   2, 1.5
            """)
    void placesBetweenNeighbours(Double above, Double below, double expected) {
        assertEquals(expected, BoardPlaces.between(above, below));
    }

    @Test
    void noPlaceIsLeftBetweenEqualNeighbours() {
        assertTrue(Double.isNaN(BoardPlaces.between(2.0, 2.0)));
        assertTrue(Double.isNaN(BoardPlaces.between(1.0, Math.nextUp(1.0))));
    }

    @Test
    void wonAndLostCloseTheDealAndTheDetailViewReopensIt() {
        Opportunity won = deal("Won deal", "100", 1);
        board.markWon(won.id(), BoardService.FilledIn.NOTHING, null);
        Opportunity closed = opportunities.edit(won.id()).original();
        assertEquals(OpportunityStatus.WON, closed.status());
        assertNotNull(closed.closedAt());
        assertTrue(board.cards(won.pipelineId()).isEmpty(), "closed deals leave the board");

        Opportunity lost = deal("Lost deal", "100", 2);
        assertThrows(RuleViolation.class, () -> board.markLost(lost.id(), " ", BoardService.FilledIn.NOTHING, null));
        board.markLost(lost.id(), "Price too high", BoardService.FilledIn.NOTHING, null);
        assertEquals("Price too high", opportunities.edit(lost.id()).original().lostReason());

        var editing = opportunities.edit(lost.id());
        Opportunity o = editing.original();
        opportunities.update(editing, new Opportunity(o.id(), o.accountId(), o.pipelineId(),
                stage("Negotiation").id(), o.title(), o.amount(), o.expectedClose(), o.ownerId(), o.sourceChannel(),
                o.status(), o.lostReason(), o.closedAt(), o.position(), o.createdAt(), o.updatedAt()), null);
        Opportunity reopened = opportunities.edit(lost.id()).original();
        assertEquals(OpportunityStatus.OPEN, reopened.status());
        assertNull(reopened.closedAt());
        assertEquals(List.of("Lost deal"), board.cards(o.pipelineId()).stream()
                .map(card -> card.opportunity().title()).toList(), "reopened, it is on the board again");
    }

    @Test
    void aClosedDealCannotBeMoved() {
        Opportunity deal = deal("Forklifts", "100", 1);
        board.markWon(deal.id(), BoardService.FilledIn.NOTHING, null);
        assertThrows(RuleViolation.class, () -> board.move(new BoardService.Drop(deal.id(),
                stage("Proposal").id(), null, null), BoardService.FilledIn.NOTHING, null));
    }

    @Test
    void theLostReasonsAreTheUsersOwnOnceGiven() {
        assertEquals(List.of("Price"), board.lostReasons(List.of("Price")));
        board.saveLostReasons(List.of("Timing", "Price", "Timing", " "));
        assertEquals(List.of("Timing", "Price"), board.lostReasons(List.of("Price")));
        board.saveLostReasons(List.of());
        assertEquals(List.of(), board.lostReasons(List.of("Price")), "an emptied list is not the defaults again");
    }
}
