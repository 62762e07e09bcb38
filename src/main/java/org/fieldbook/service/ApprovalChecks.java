package org.fieldbook.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalFacts;
import org.fieldbook.domain.ApprovalNeed;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRequired;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.ExchangeRate;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.store.Tx;

/**
 * The approval rules applied inside another use case's transaction: the board's and the editor's stage moves
 * and the quotes ask here, so that a step and its check see the same deal.
 */
final class ApprovalChecks {
    private ApprovalChecks() {
    }

    /** The deal's facts now: its highest live line discount (0 without lines) and its amount. */
    static ApprovalFacts facts(Tx tx, Opportunity deal) {
        BigDecimal max = tx.opportunityLines().ofOpportunity(deal.id()).stream()
                .map(OpportunityLine::discountPercent).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return new ApprovalFacts(max.stripTrailingZeros(), deal.amount());
    }

    static ApprovalNeed need(Tx tx, Opportunity deal, ApprovalAction action) {
        return need(tx, deal, action, guarding(tx, action));
    }

    private static List<ApprovalRule> guarding(Tx tx, ApprovalAction action) {
        return tx.approvalRules().all().stream().filter(rule -> rule.guards(action)).toList();
    }

    private static ApprovalNeed need(Tx tx, Opportunity deal, ApprovalAction action, List<ApprovalRule> guarding) {
        ApprovalFacts facts = facts(tx, deal);
        List<ExchangeRate> rates = tx.settings().exchangeRates();
        List<ApprovalRule> firing = guarding.stream()
                .filter(rule -> rule.firesFor(facts, rule.currency() == null ? Optional.empty()
                        : convert(deal.amount(), rule.currency(), rates)))
                .toList();
        List<ApprovalRequest> asked = tx.approvalRequests().ofOpportunity(deal.id()).stream()
                .filter(request -> request.action().equals(action)).toList(); // newest first
        Optional<ApprovalRequest> approval = asked.stream().filter(r -> r.approves(action, facts, firing)).findFirst();
        Optional<ApprovalRequest> pending = asked.stream()
                .filter(r -> r.isPending() && r.facts().cover(facts, firing)).findFirst();
        Optional<ApprovalRequest> rejection = asked.stream()
                .filter(r -> r.status() == ApprovalStatus.REJECTED).findFirst();
        return new ApprovalNeed(deal.id(), action, facts, firing, approval, pending, rejection);
    }

    /** Refuses the step, nothing written, unless no rule fires or an approval covers the deal's facts. */
    static void requireApproved(Tx tx, Opportunity deal, ApprovalAction action) {
        List<ApprovalRule> guarding = guarding(tx, action);
        if (guarding.isEmpty()) {
            return; // no rule guards this step, so none can fire: its lines, the rates and requests are not read
        }
        ApprovalNeed need = need(tx, deal, action, guarding);
        if (need.required()) {
            throw new ApprovalRequired(need);
        }
    }

    /**
     * Asks for approval of {@code action} with the deal's facts now. Returns the request waiting already when
     * one covers these facts; refused when no rule needs an approval or one covers the facts.
     */
    static ApprovalRequest request(Tx tx, java.util.UUID me, java.util.UUID opportunityId, ApprovalAction action,
                                   String note) {
        ApprovalNeed need = need(tx, tx.opportunities().get(opportunityId), action);
        if (!need.required()) {
            throw new org.fieldbook.domain.RuleViolation(List.of(new org.fieldbook.domain.Violation("action",
                    "approval.request.notNeeded")));
        }
        if (need.pending().isPresent()) {
            return need.pending().get();
        }
        return tx.approvalRequests().insert(ApprovalRequest.create(opportunityId, action, need.facts(), me,
                tx.approvalRequests().clockNow(), note));
    }

    /** An amount in another currency with the rates set in the settings (either way round), or empty. */
    static Optional<BigDecimal> convert(Money amount, String to, List<ExchangeRate> rates) {
        if (amount.currency().equals(to)) {
            return Optional.of(amount.amount());
        }
        for (ExchangeRate rate : rates) {
            if (rate.from().equals(amount.currency()) && rate.to().equals(to)) {
                return Optional.of(amount.amount().multiply(rate.rate()));
            }
            if (rate.from().equals(to) && rate.to().equals(amount.currency())) {
                return Optional.of(amount.amount().divide(rate.rate(), MathContext.DECIMAL64));
            }
        }
        return Optional.empty();
    }
}
