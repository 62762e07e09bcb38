package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRequired;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.ExchangeRate;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approval rules, requests and decisions, and the stage gate, as the services keep them. */
class ApprovalServiceTest {
    @TempDir
    static Path folder;
    private static Database database;
    private ApprovalService approvals;
    private OpportunityService deals;
    private BoardService board;
    private List<PipelineStage> stages;
    private Account account;
    private Product licence;
    private SalesRep ann;
    private SalesRep mia;
    private SalesRep bo;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void team() {
        TestDatabases.reset(database);
        approvals = new ApprovalService(database.store());
        deals = new OpportunityService(database.store());
        board = new BoardService(database.store());
        stages = database.store().read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id()));
        account = new AccountService(database.store()).create(Account.create("Initech", null));
        licence = Product.create("LIC", "Licence", "seat", null);
        new ProductService(database.store()).save(licence, List.of(Money.of("100", "EUR")));
        ann = new ProfileService(database.store()).setUp("Ann Rep", "EUR").me();
        mia = new SalesRep(TimeOrderedId.next(), "Mia Manager", null, null, null, RepRole.MANAGER);
        bo = new SalesRep(TimeOrderedId.next(), "Bo Rep", null, null, null);
        database.store().writeVoid(tx -> tx.reps().insertAll(List.of(mia, bo)));
    }

    private void actAs(SalesRep rep) {
        database.store().writeVoid(tx -> tx.settings().put(ProfileService.REP_ID, rep.id().toString()));
    }

    private Opportunity dealWithDiscount(String percent) {
        return deals.create(Opportunity.create(account.id(), stages.get(0), "Seats", Money.of("0", "EUR"),
                LocalDate.of(2027, 3, 1), ann.id()), List.of(OpportunityLine.create(null, licence.id(),
                new BigDecimal("10"), new BigDecimal("100"), new BigDecimal(percent), 0)), ann.id());
    }

    private void setDiscount(Opportunity deal, String percent) {
        var started = deals.edit(deal.id());
        OpportunityLine line = deals.lines(deal.id()).get(0);
        deals.update(started, started.original(), List.of(new OpportunityLine(line.id(), deal.id(),
                line.productId(), line.quantity(), line.unitPrice(), new BigDecimal(percent), 0)), ann.id());
    }

    private ApprovalRule discountRule(String percent) {
        actAs(mia);
        ApprovalRule rule = approvals.saveRule(ApprovalRule.discountAbove(new BigDecimal(percent), true, null));
        actAs(ann);
        return rule;
    }

    @Test
    void aQuoteWithADiscountAboveTheRuleWaitsAndAnApprovalCoversItsDiscountOnly() {
        discountRule("15");
        Opportunity deal = dealWithDiscount("20");
        assertEquals("approval.refusal.quote", approvals.quoteRefusal(deal).orElseThrow().key());
        assertEquals("> 15 %", approvals.quoteRefusal(deal).orElseThrow().argument());

        ApprovalRequest request = approvals.request(deal.id(), ApprovalAction.quote(), "key account");
        assertEquals(0, new BigDecimal("20").compareTo(request.facts().maxDiscount()));
        assertEquals("approval.refusal.quote.pending", approvals.quoteRefusal(deal).orElseThrow().key());
        assertEquals(request.id(), approvals.request(deal.id(), ApprovalAction.quote(), null).id(),
                "asking again while one waits returns the waiting request");

        actAs(mia);
        approvals.approve(request.id(), "fine this once");
        actAs(ann);
        assertTrue(approvals.quoteRefusal(deal).isEmpty(), "approved for 20 %");
        setDiscount(deal, "18");
        assertTrue(approvals.quoteRefusal(deal).isEmpty(), "a lower discount is still covered");

        setDiscount(deal, "25");
        var need = approvals.needed(deal.id(), ApprovalAction.quote());
        assertTrue(need.required(), "25 % is more than was approved");
        assertTrue(need.pending().isEmpty());
        ApprovalRequest again = approvals.request(deal.id(), ApprovalAction.quote(), null);
        assertFalse(again.id().equals(request.id()), "a higher discount is a new request");
        assertEquals(0, new BigDecimal("25").compareTo(again.facts().maxDiscount()));

        setDiscount(deal, "10");
        assertTrue(approvals.quoteRefusal(deal).isEmpty(), "below the rule nothing is asked");
        var notNeeded = assertThrows(RuleViolation.class,
                () -> approvals.request(deal.id(), ApprovalAction.quote(), null));
        assertEquals("approval.request.notNeeded", notNeeded.violations().get(0).messageKey());
    }

    @Test
    void aManagerCannotApproveTheirOwnRequestAndARepCannotDecideAtAll() {
        discountRule("15");
        Opportunity deal = dealWithDiscount("20");
        actAs(mia);
        ApprovalRequest own = approvals.request(deal.id(), ApprovalAction.quote(), null);
        var refused = assertThrows(RuleViolation.class, () -> approvals.approve(own.id(), null));
        assertEquals("approval.decide.ownRequest", refused.violations().get(0).messageKey());
        assertTrue(approvals.inbox().toDecide().isEmpty(), "a manager's own requests are not in their inbox");

        actAs(bo);
        var rep = assertThrows(RuleViolation.class, () -> approvals.approve(own.id(), "sure"));
        assertEquals("approval.decide.notManager", rep.violations().get(0).messageKey());
        assertThrows(RuleViolation.class, () -> approvals.reject(own.id(), "no"));
        assertFalse(approvals.inbox().manager());
        assertEquals(ApprovalStatus.PENDING, approvals.needed(deal.id(), ApprovalAction.quote()).pending()
                .orElseThrow().status(), "nothing of a refused decision is stored");

        var ruleByRep = assertThrows(RuleViolation.class,
                () -> approvals.saveRule(ApprovalRule.discountAbove(BigDecimal.ONE, true, null)));
        assertEquals("approval.manage.managersOnly", ruleByRep.violations().get(0).messageKey());
        assertThrows(RuleViolation.class, () -> approvals.setRole(bo.id(), RepRole.MANAGER),
                "a rep cannot make themself a manager once the team has one");
    }

    @Test
    void aRejectionNeedsAReasonAndADecidedRequestIsNotDecidedAgain() {
        discountRule("15");
        Opportunity deal = dealWithDiscount("30");
        ApprovalRequest request = approvals.request(deal.id(), ApprovalAction.quote(), null);
        actAs(mia);
        assertEquals("approval.reject.commentRequired", assertThrows(RuleViolation.class,
                () -> approvals.reject(request.id(), "  ")).violations().get(0).messageKey());
        assertEquals(1, approvals.inbox().toDecide().size());
        ApprovalRequest rejected = approvals.reject(request.id(), "30 % is too much; 20 % at most");
        assertEquals(ApprovalStatus.REJECTED, rejected.status());
        assertEquals(mia.id(), rejected.decidedBy());
        assertEquals("approval.decide.alreadyDecided", assertThrows(RuleViolation.class,
                () -> approvals.approve(request.id(), null)).violations().get(0).messageKey());
        assertTrue(approvals.inbox().toDecide().isEmpty());

        actAs(ann);
        var need = approvals.needed(deal.id(), ApprovalAction.quote());
        assertTrue(need.required());
        assertEquals("30 % is too much; 20 % at most", need.rejection().orElseThrow().comment());
        assertEquals(List.of(ApprovalStatus.REJECTED), approvals.inbox().mine().stream()
                .map(listed -> listed.request().status()).toList());
    }

    @Test
    void aMoveIntoAGuardedStageWaitsForApprovalOnTheBoardAndInTheEditor() {
        PipelineStage guarded = stages.get(2);
        actAs(mia);
        approvals.saveRule(ApprovalRule.amountAbove(Money.of("50000", "EUR"), false, guarded.id()));
        actAs(ann);
        Opportunity big = deals.create(Opportunity.create(account.id(), stages.get(0), "Fleet",
                Money.of("60000", "EUR"), LocalDate.of(2027, 3, 1), ann.id()), ann.id());
        var drop = new BoardService.Drop(big.id(), guarded.id(), null, null);
        var refused = assertThrows(ApprovalRequired.class,
                () -> board.move(drop, BoardService.FilledIn.NOTHING, ann.id()));
        assertEquals("approval.required", refused.violations().get(0).messageKey());
        assertEquals(stages.get(0).id(), deals.edit(big.id()).original().stageId(), "nothing moved");
        assertTrue(board.move(new BoardService.Drop(big.id(), stages.get(1).id(), null, null),
                BoardService.FilledIn.NOTHING, ann.id()).changedStage(), "an unguarded stage is not held up");
        var started = deals.edit(big.id());
        assertThrows(ApprovalRequired.class, () -> deals.update(started,
                started.original().movedTo(guarded, java.time.Instant.now()), ann.id()));
        assertTrue(approvals.quoteRefusal(big).isEmpty(), "the rule guards the stage, not quotes");

        ApprovalRequest request = approvals.request(big.id(), ApprovalAction.moveTo(guarded.id()), null);
        var waiting = assertThrows(ApprovalRequired.class,
                () -> board.move(drop, BoardService.FilledIn.NOTHING, ann.id()));
        assertEquals("approval.required.pending", waiting.violations().get(0).messageKey());
        assertEquals(request.id(), waiting.need().pending().orElseThrow().id());

        actAs(mia);
        approvals.approve(request.id(), null);
        actAs(ann);
        assertEquals(guarded.id(), board.move(drop, BoardService.FilledIn.NOTHING, ann.id()).after().stageId());
    }

    @Test
    void anAmountRuleConvertsWithTheSetRatesAndFiresWhenNoRateIsSet() {
        PipelineStage guarded = stages.get(2);
        actAs(mia);
        approvals.saveRule(ApprovalRule.amountAbove(Money.of("50000", "EUR"), true, guarded.id()));
        actAs(ann);
        Opportunity yuan = deals.create(Opportunity.create(account.id(), stages.get(0), "Shanghai",
                Money.of("300000", "CNY"), LocalDate.of(2027, 3, 1), ann.id()), ann.id());
        assertTrue(approvals.needed(yuan.id(), ApprovalAction.quote()).required(), "no CNY rate: cannot tell");
        database.store().writeVoid(tx -> tx.settings().putExchangeRate(
                new ExchangeRate("EUR", "CNY", new BigDecimal("7.5"))));
        assertFalse(approvals.needed(yuan.id(), ApprovalAction.quote()).required(), "CNY 300,000 = EUR 40,000");
        database.store().writeVoid(tx -> tx.settings().putExchangeRate(
                new ExchangeRate("EUR", "CNY", new BigDecimal("5"))));
        assertTrue(approvals.needed(yuan.id(), ApprovalAction.quote()).required(), "CNY 300,000 = EUR 60,000");
    }

    @Test
    void aRuleMustSayWhatItGuards() {
        actAs(mia);
        var nothing = assertThrows(RuleViolation.class,
                () -> approvals.saveRule(ApprovalRule.discountAbove(BigDecimal.TEN, false, null)));
        assertEquals("validation.approvalRule.appliesTo", nothing.violations().get(0).messageKey());
        assertThrows(RuleViolation.class,
                () -> approvals.saveRule(ApprovalRule.discountAbove(new BigDecimal("100"), true, null)));
        assertTrue(approvals.rules().isEmpty());
    }
}
