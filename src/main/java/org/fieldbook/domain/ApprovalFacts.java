package org.fieldbook.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a rule looks at on a deal: its highest line discount (0 without lines) and its amount. A request keeps
 * the facts it was made for; an approval covers those facts and anything less.
 */
public record ApprovalFacts(BigDecimal maxDiscount, Money amount) {
    public ApprovalFacts {
        Objects.requireNonNull(maxDiscount, "maxDiscount");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * True when {@code now} asks for no more than these facts in what the {@code rules} look at: no higher
     * discount for a discount rule, no larger amount (in the same currency) for an amount rule. A smaller
     * discount raises the amount, and stays covered unless an amount rule fires.
     */
    public boolean cover(ApprovalFacts now, java.util.Collection<ApprovalRule> rules) {
        for (ApprovalRule rule : rules) {
            boolean covered = rule.kind() == ApprovalRuleKind.DISCOUNT
                    ? now.maxDiscount.compareTo(maxDiscount) <= 0
                    : now.amount.currency().equals(amount.currency())
                            && now.amount.amount().compareTo(amount.amount()) <= 0;
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}
