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

    /** True when {@code now} asks for no more than these facts: no higher discount, no larger amount. */
    public boolean cover(ApprovalFacts now) {
        return now.maxDiscount.compareTo(maxDiscount) <= 0
                && now.amount.currency().equals(amount.currency())
                && now.amount.amount().compareTo(amount.amount()) <= 0;
    }
}
