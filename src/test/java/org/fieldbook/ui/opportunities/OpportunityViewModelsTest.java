package org.fieldbook.ui.opportunities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.StageKind;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The opportunity editor and list, without the toolkit. */
class OpportunityViewModelsTest {
    @TempDir
    Path dataFolder;
    private Fixture fx;
    private Account acme;

    @BeforeEach
    void open() {
        fx = Fixture.withProfile(dataFolder);
        acme = fx.context.accounts().create(Account.create("Acme Tools", null));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private OpportunityFormViewModel form() {
        return new OpportunityFormViewModel(fx.context.opportunities(), fx.context.accounts(), fx.context.pipelines(),
                fx.context.profile(), fx.runner, fx.errors, fx.messages, fx.formats, fx.undo, fx.revision,
                fx.announcer, Clock.systemUTC());
    }

    private OpportunityFormViewModel filledIn() {
        OpportunityFormViewModel vm = form();
        vm.startNew(acme.id());
        vm.titleProperty().set("40 forklifts");
        vm.amountProperty().set("12,500.50");
        vm.expectedCloseProperty().set(LocalDate.of(2030, 3, 31));
        return vm;
    }

    @Test
    void aNewOpportunityStartsInTheUsersCurrencyOwnedByThemInTheFirstStage() {
        OpportunityFormViewModel vm = form();
        vm.startNew(acme.id());
        assertEquals("EUR", vm.currencyProperty().get());
        assertEquals("Ada Lovelace", vm.ownerProperty().get().name());
        assertEquals("Acme Tools", vm.accountProperty().get().label());
        assertEquals("New business", vm.pipelineProperty().get().name());
        assertEquals("Prospecting", vm.stageProperty().get().name());
        assertFalse(vm.canSaveProperty().get(), "title, amount and close date are still missing");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',       validation.amount.required
            -5,       validation.amount.negative
            12abc,    validation.amount.invalid
            0,        ''
            '12,500', ''
            """)
    void theAmountMustBeANumberNotBelowZero(String typed, String expected) {
        OpportunityFormViewModel vm = form();
        vm.amountProperty().set(typed);
        assertEquals(expected.isEmpty() ? null : expected, vm.errors().of(OpportunityFormViewModel.AMOUNT));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            XX1, validation.currency.invalid
            EU,  validation.currency.invalid
            ABC, validation.currency.invalid
            usd, ''
            CNY, ''
            """)
    void theCurrencyMustBeAnIsoCode(String typed, String expected) {
        OpportunityFormViewModel vm = form();
        vm.currencyProperty().set(typed);
        assertEquals(expected.isEmpty() ? null : expected, vm.errors().of(OpportunityFormViewModel.CURRENCY));
    }

    @Test
    void aCloseDateAndAnAccountAreRequired() {
        OpportunityFormViewModel vm = filledIn();
        assertTrue(vm.canSaveProperty().get());
        vm.expectedCloseProperty().set(null);
        assertEquals("validation.closeDate.required", vm.errors().of(OpportunityFormViewModel.CLOSE));
        assertFalse(vm.save(saved -> { }));
        vm.expectedCloseProperty().set(LocalDate.of(2030, 1, 1));
        vm.accountProperty().set(null);
        assertEquals("validation.account.required", vm.errors().of(OpportunityFormViewModel.ACCOUNT));
        assertFalse(vm.save(saved -> { }));
        assertEquals(0L, fx.context.stats().liveCounts().get("opportunity"));
    }

    @Test
    void savingStoresTheExactAmountAndItsHistoryAndUndoDeletesIt() {
        OpportunityFormViewModel vm = filledIn();
        vm.currencyProperty().set("usd");
        AtomicReference<Opportunity> saved = new AtomicReference<>();
        assertTrue(vm.save(saved::set));
        assertEquals(0, new BigDecimal("12500.50").compareTo(saved.get().amount().amount()));
        assertEquals("USD", saved.get().amount().currency());
        assertEquals(1, fx.context.opportunities().history(saved.get().id()).size());
        fx.undoLast();
        assertEquals(0L, fx.context.stats().liveCounts().get("opportunity"));
    }

    @Test
    void aDealEnteredStraightIntoWonIsClosedAndTheLostReasonOnlyCountsInALostStage() {
        OpportunityFormViewModel vm = filledIn();
        PipelineStage won = vm.stageChoices().stream().filter(s -> s.kind() == StageKind.WON).findFirst()
                .orElseThrow();
        vm.lostReasonProperty().set("price");
        vm.stageProperty().set(won);
        assertFalse(vm.lostStageProperty().get());
        AtomicReference<Opportunity> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertEquals(OpportunityStatus.WON, saved.get().status());
        assertNotNull(saved.get().closedAt());
        assertNull(saved.get().lostReason());
    }

    @Test
    void choosingAnotherPipelineMovesToItsFirstStage() {
        OpportunityFormViewModel vm = form();
        vm.startNew(null);
        vm.pipelineProperty().set(vm.pipelineChoices().get(1));
        assertEquals("Expansion", vm.pipelineProperty().get().name());
        assertEquals("Discovery", vm.stageProperty().get().name());
        assertTrue(vm.stageChoices().stream().allMatch(s -> s.pipelineId().equals(vm.pipelineProperty().get().id())));
    }

    @Test
    void editingTheStageRecordsAMoveAndUndoMovesItBack() {
        OpportunityFormViewModel create = filledIn();
        AtomicReference<Opportunity> saved = new AtomicReference<>();
        create.save(saved::set);

        OpportunityFormViewModel edit = form();
        edit.startEdit(saved.get().id());
        assertEquals("12,500.50", edit.amountProperty().get());
        edit.stageProperty().set(edit.stageChoices().get(2));
        edit.save(done -> { });
        assertEquals(2, fx.context.opportunities().history(saved.get().id()).size());
        assertEquals("Undo changes to opportunity “40 forklifts”", fx.undo.nextUndoProperty().get());

        fx.undoLast();
        Opportunity back = fx.context.opportunities().edit(saved.get().id()).original();
        assertEquals(saved.get().stageId(), back.stageId());
    }

    @Test
    void theSearchFindsStagesAndStatusesByTheirShownNames() {
        OpportunityFormViewModel vm = filledIn();
        vm.save(saved -> { });
        OpportunitiesViewModel list = new OpportunitiesViewModel(fx.context.opportunities(), fx.runner, fx.errors,
                fx.messages, fx.undo, fx.revision, fx.announcer);
        list.shown();
        assertEquals("1 opportunity", list.summaryProperty().get());
        list.filterProperty().set("prospect");
        assertEquals(1, list.shownRows().size());
        list.filterProperty().set("open");
        assertEquals(1, list.shownRows().size());
        list.filterProperty().set("won");
        assertEquals(0, list.shownRows().size());
        assertEquals("0 of 1 opportunities", list.summaryProperty().get());
    }
}
