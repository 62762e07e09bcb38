package org.fieldbook.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A team rule: a deal whose highest line discount (kind DISCOUNT, threshold in percent) or whose amount (kind
 * AMOUNT, threshold in {@code currency}) is above the threshold needs a manager's approval before a quote
 * ({@code onQuote}) and/or before it moves into {@code stageId}.
 */
public record ApprovalRule(UUID id, ApprovalRuleKind kind, BigDecimal threshold, String currency, boolean onQuote,
                           UUID stageId) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ApprovalRule discountAbove(BigDecimal percent, boolean onQuote, UUID stageId) {
        return new ApprovalRule(TimeOrderedId.next(), ApprovalRuleKind.DISCOUNT, percent, null, onQuote, stageId);
    }

    public static ApprovalRule amountAbove(Money amount, boolean onQuote, UUID stageId) {
        return new ApprovalRule(TimeOrderedId.next(), ApprovalRuleKind.AMOUNT, amount.amount(), amount.currency(), onQuote,
                stageId);
    }

    public boolean guards(ApprovalAction action) {
        return action.kind() == ApprovalKind.QUOTE ? onQuote : action.stageId().equals(stageId);
    }

    /**
     * Whether the facts break this rule. {@code amountInRuleCurrency} is the deal's amount converted to the
     * rule's currency, empty when no rate is set: then an amount rule fires, since nobody can tell it does not.
     */
    public boolean firesFor(ApprovalFacts facts, Optional<BigDecimal> amountInRuleCurrency) {
        if (kind == ApprovalRuleKind.DISCOUNT) {
            return facts.maxDiscount().compareTo(threshold) > 0;
        }
        return amountInRuleCurrency.map(amount -> amount.compareTo(threshold) > 0).orElse(true);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (kind == null) {
            found.add(new Violation("kind", "validation.approvalRule.kind"));
        }
        if (threshold == null || threshold.signum() < 0
                || kind == ApprovalRuleKind.DISCOUNT && threshold.compareTo(HUNDRED) >= 0) {
            found.add(new Violation("threshold", kind == ApprovalRuleKind.DISCOUNT ? "validation.approvalRule.percent"
                    : "validation.approvalRule.amount"));
        }
        if (kind == ApprovalRuleKind.AMOUNT && !Currencies.isValid(currency)) {
            found.add(new Violation("currency", "validation.currency.invalid"));
        }
        if (!onQuote && stageId == null) {
            found.add(new Violation("appliesTo", "validation.approvalRule.appliesTo"));
        }
        return found;
    }
}
