package org.fieldbook.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.service.BoardService;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's view model without the toolkit: columns, headers, filters, moves, questions and undo. */
class BoardViewModelTest {
    private static final Clock DEC_1 = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    private Fixture fx;
    private List<PipelineStage> stages;
    private UUID me;
    private Account acme;
    private final Answers answers = new Answers();

    @BeforeEach
    void open() {
        fx = Fixture.withProfile(dataFolder);
        me = fx.context.profile().profile().orElseThrow().me().id();
        stages = fx.context.pipelines().pipelinesWithStages().values().iterator().next();
        acme = fx.context.accounts().create(Account.create("Acme Tools", me));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private BoardViewModel board() {
        BoardViewModel model = new BoardViewModel(fx.context.board(), fx.context.pipelines(), fx.context.profile(),
                BoardPreferences.load(dataFolder), fx.runner, fx.errors, fx.messages, fx.formats, fx.undo,
                fx.revision, fx.announcer, DEC_1);
        model.moves().askWith(answers);
        model.shown();
        return model;
    }

    private Opportunity deal(String title, String amount, String stage, UUID owner, LocalDate close) {
        PipelineStage in = stages.stream().filter(s -> s.name().equals(stage)).findFirst().orElseThrow();
        return fx.context.opportunities().create(Opportunity.create(acme.id(), in, title,
                new Money(new BigDecimal(amount), "EUR"), close, owner), me);
    }

    private static List<String> titles(BoardColumn column) {
        return column.cards().stream().map(card -> card.opportunity().title()).toList();
    }

    @Test
    void oneColumnPerOpenStageWithCountTotalAndWeightedAmount() {
        deal("Forklifts", "10000", "Proposal", me, LocalDate.of(2027, 1, 1));
        deal("Spare parts", "2000.50", "Proposal", me, LocalDate.of(2027, 1, 1));
        BoardViewModel board = board();
        assertEquals(List.of("Prospecting", "Qualification", "Proposal", "Negotiation"), board.columns().stream()
                .map(c -> c.stage().name()).toList(), "won and lost are drop zones, not columns");
        BoardColumn proposal = board.columns().get(2);
        assertEquals("Proposal · 50 %", proposal.titleProperty().get());
        assertEquals("2 deals", proposal.countProperty().get());
        assertEquals("€12,000.50", proposal.totalProperty().get());
        assertEquals("Weighted €6,000.25", proposal.weightedProperty().get());
        assertEquals("2 open deals", board.summaryProperty().get());
    }

    @Test
    void filtersCombineTheTotalsFollowThemAndEachPipelineRemembersItsOwn() {
        UUID someoneElse = fx.context.profile().profile().orElseThrow().me().id().equals(me) ? null : me;
        deal("Forklifts", "10000", "Prospecting", me, LocalDate.of(2027, 1, 10));
        deal("Forklift service", "500", "Prospecting", me, LocalDate.of(2027, 3, 10));
        deal("Conveyor", "7000", "Prospecting", someoneElse, LocalDate.of(2027, 1, 20));
        BoardViewModel board = board();
        BoardColumn prospecting = board.columns().get(0);
        board.mineProperty().set(true);
        board.textProperty().set("fork");
        assertEquals(List.of("Forklifts", "Forklift service"), titles(prospecting));
        board.minAmountProperty().set("1,000");
        board.closeToProperty().set(LocalDate.of(2027, 2, 1));
        assertEquals(List.of("Forklifts"), titles(prospecting));
        assertEquals("€10,000.00", prospecting.totalProperty().get(), "the total follows the filter");
        assertEquals("1 of 3 open deals", board.summaryProperty().get());

        board.minAmountProperty().set("a lot");
        assertEquals("Enter a number, e.g. 12500 or 12,500.50.", board.minAmountErrorProperty().get());

        board.pipelineProperty().set(board.pipelineChoices().get(1));
        assertEquals("", board.textProperty().get(), "the other pipeline has no filter of its own");
        BoardViewModel later = board();
        assertEquals("Expansion", later.pipelineProperty().get().name(), "the pipeline chosen is remembered");
        later.pipelineProperty().set(later.pipelineChoices().get(0));
        assertTrue(later.mineProperty().get());
        assertEquals("fork", later.textProperty().get());
        assertEquals(LocalDate.of(2027, 2, 1), later.closeToProperty().get());
    }

    @Test
    void aDropMovesTheCardAtOnceAndCtrlZTakesItBack() {
        Opportunity forklifts = deal("Forklifts", "10000", "Prospecting", me, LocalDate.of(2027, 1, 1));
        BoardViewModel board = board();
        board.moves().drop(forklifts.id(), board.columns().get(1), 0);
        assertEquals(List.of("Forklifts"), titles(board.columns().get(1)));
        assertEquals("1 deal", board.columns().get(1).countProperty().get());
        assertEquals("No deals", board.columns().get(0).countProperty().get());
        assertEquals("Moved “Forklifts” to Qualification", fx.announced.get(fx.announced.size() - 1));
        assertEquals(2, fx.context.opportunities().history(forklifts.id()).size());

        fx.undoLast();
        board.shown();
        assertEquals(List.of("Forklifts"), titles(board.columns().get(0)));
        assertEquals(1, fx.context.opportunities().history(forklifts.id()).size());
    }

    @Test
    void aDropThatCannotBeStoredPutsTheCardBackAndSaysWhy() {
        Opportunity forklifts = deal("Forklifts", "10000", "Prospecting", me, LocalDate.of(2027, 1, 1));
        Opportunity other = deal("Spare parts", "100", "Prospecting", me, LocalDate.of(2027, 1, 1));
        BoardViewModel board = board();
        // closed on another screen (or laptop) after the board was read
        fx.context.board().markWon(forklifts.id(), BoardService.FilledIn.NOTHING, me);
        board.moves().drop(forklifts.id(), board.columns().get(2), 0);
        assertEquals(List.of("Forklifts", "Spare parts"), titles(board.columns().get(0)));
        assertTrue(board.columns().get(2).cards().isEmpty());
        assertEquals("The card went back: This deal is already closed.", board.moves().problemProperty().get());
        board.moves().drop(other.id(), board.columns().get(1), 0);
        assertEquals("", board.moves().problemProperty().get(), "a move that works clears the message");
    }

    @Test
    void aRequiredFieldIsAskedForAndCancelChangesNothing() {
        Opportunity service = deal("Service contract", "0", "Prospecting", me, LocalDate.of(2027, 1, 1));
        BoardViewModel board = board();
        answers.cancel = true;
        board.moves().drop(service.id(), board.columns().get(2), 0);
        assertEquals(Set.of(RequiredField.AMOUNT), answers.asked);
        assertEquals(List.of("Service contract"), titles(board.columns().get(0)));
        assertEquals(1, fx.context.opportunities().history(service.id()).size());
        assertEquals(0, fx.undo.size());

        answers.cancel = false;
        answers.amount = Money.of("4200", "EUR");
        board.moves().drop(service.id(), board.columns().get(2), 0);
        assertEquals(List.of("Service contract"), titles(board.columns().get(2)));
        assertEquals("€4,200.00", board.columns().get(2).totalProperty().get());
    }

    @Test
    void lostAsksWhyAndWonClosesAtOnce() {
        Opportunity lost = deal("Lost deal", "100", "Prospecting", me, LocalDate.of(2027, 1, 1));
        Opportunity won = deal("Won deal", "100", "Prospecting", me, LocalDate.of(2027, 1, 1));
        BoardViewModel board = board();
        answers.reason = "Chose to lease";
        board.moves().markLost(lost.id());
        assertTrue(answers.reasonsOffered.contains("Price too high"));
        board.moves().markWon(won.id());
        assertTrue(board.columns().get(0).cards().isEmpty());
        assertEquals(OpportunityStatus.LOST, fx.context.opportunities().edit(lost.id()).original().status());
        assertEquals(OpportunityStatus.WON, fx.context.opportunities().edit(won.id()).original().status());
        assertEquals("Chose to lease", fx.context.board().lostReasons(List.of()).get(0));
    }

    @Test
    void aLostReasonTakenOffTheListStaysOffEvenWhenTheDealIsNotClosed() {
        Opportunity deal = deal("Kept open", "100", "Prospecting", me, LocalDate.of(2027, 1, 1));
        BoardViewModel board = board();
        answers.forget = "Bad timing";
        answers.reason = null; // Cancel: the deal stays, the edited list is kept
        board.moves().markLost(deal.id());
        assertTrue(answers.reasonsOffered.contains("Bad timing"));
        List<String> stored = fx.context.board().lostReasons(List.of("default"));
        assertFalse(stored.contains("Bad timing"), stored.toString());
        assertTrue(stored.contains("Price too high"), stored.toString());
        assertEquals(OpportunityStatus.OPEN, fx.context.opportunities().edit(deal.id()).original().status());
        answers.forget = null;
        answers.reason = "Chose to lease";
        board.moves().markLost(deal.id());
        assertFalse(answers.reasonsOffered.contains("Bad timing"), "the list offered next time is the edited one");
        assertEquals("Chose to lease", fx.context.board().lostReasons(List.of()).get(0));
    }

    @Test
    void cardsSayWhenTheyAreOverdueOrRotting() {
        deal("Old", "100", "Prospecting", me, LocalDate.of(2026, 11, 1));
        BoardViewModel board = board();
        BoardCard card = board.columns().get(0).cards().get(0);
        assertTrue(board.isOverdue(card));
        assertFalse(board.isRotting(card), "created today, so touched today");
        assertTrue(board.describe(card).startsWith("Old, Acme Tools, €100.00, expected close Nov 1, 2026"));
        assertTrue(board.describe(card).contains("The expected close date has passed."));
    }

    /** The user's answers to the board's questions, given in advance. */
    private static final class Answers implements BoardQuestions {
        boolean cancel;
        Money amount;
        String reason;
        Set<RequiredField> asked = Set.of();
        List<String> reasonsOffered = new ArrayList<>();
        String forget;

        @Override
        public void requiredFields(BoardCard card, PipelineStage stage, Set<RequiredField> missing,
                                   List<Choice> contacts, Consumer<BoardService.FilledIn> filledIn,
                                   Runnable cancelled) {
            asked = missing;
            if (cancel) {
                cancelled.run();
            } else {
                filledIn.accept(new BoardService.FilledIn(amount, null, null));
            }
        }

        @Override
        public void lostReason(BoardCard card, List<String> reasons, Consumer<List<String>> listEdited,
                               Consumer<String> given, Runnable cancelled) {
            reasonsOffered = reasons;
            if (forget != null) {
                listEdited.accept(reasons.stream().filter(r -> !r.equals(forget)).toList());
            }
            if (reason == null) {
                cancelled.run();
            } else {
                given.accept(reason);
            }
        }

        @Override
        public void confirmDelete(BoardCard card, Runnable confirmed, Runnable cancelled) {
            confirmed.run();
        }
    }
}
