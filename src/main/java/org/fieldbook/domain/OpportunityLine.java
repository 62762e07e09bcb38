package org.fieldbook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One line of a deal: a quantity of a product at a unit price less a discount, in the deal's currency. The
 * line total is exact and rounded half up to the currency's minor unit (cents, or none for yen).
 */
public record OpportunityLine(UUID id, UUID opportunityId, UUID productId, BigDecimal quantity,
                              BigDecimal unitPrice, BigDecimal discountPercent, int position) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static OpportunityLine create(UUID opportunityId, UUID productId, BigDecimal quantity,
                                         BigDecimal unitPrice, BigDecimal discountPercent, int position) {
        return new OpportunityLine(TimeOrderedId.next(), opportunityId, productId, quantity, unitPrice,
                discountPercent == null ? BigDecimal.ZERO : discountPercent, position);
    }

    /** quantity × unit price × (100 − discount) / 100, rounded once, half up, to the currency's minor unit. */
    public BigDecimal total(String currency) {
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal net = gross.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED);
        return net.setScale(Currencies.minorDigits(currency), RoundingMode.HALF_UP);
    }

    /** The same line for another deal at another place: how a deal's lines are saved with the deal. */
    public OpportunityLine of(UUID opportunity, int newPosition) {
        return new OpportunityLine(id, opportunity, productId, quantity, unitPrice, discountPercent, newPosition);
    }

    /** The sum of the lines' totals: what a deal with lines is worth. */
    public static Money sum(List<OpportunityLine> lines, String currency) {
        BigDecimal total = BigDecimal.ZERO.setScale(Currencies.minorDigits(currency));
        for (OpportunityLine line : lines) {
            total = total.add(line.total(currency));
        }
        return new Money(total, currency);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (productId == null) {
            found.add(new Violation("product", "validation.line.productRequired"));
        }
        if (quantity == null || quantity.signum() <= 0) {
            found.add(new Violation("quantity", "validation.line.quantityPositive"));
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            found.add(new Violation("unitPrice", "validation.amount.negative"));
        }
        if (discountPercent == null || discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
            found.add(new Violation("discount", "validation.line.discountRange"));
        }
        return found;
    }
}
