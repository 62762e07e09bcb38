package org.fieldbook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** A line of an issued quote: the product's code, name and unit as they were, and the line's exact figures. */
public record QuoteLine(UUID id, UUID quoteId, int position, String productCode, String productName, String unit,
                        BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                        BigDecimal lineTotal) {

    /** The frozen copy of a deal's line, with its product as it is now (or the product's id when it is gone). */
    public static QuoteLine of(UUID quoteId, int position, OpportunityLine line, Product product, String currency) {
        return new QuoteLine(TimeOrderedId.next(), quoteId, position, product == null ? null : product.code(),
                product == null ? line.productId().toString() : product.name(), product == null ? null
                        : product.unit(), line.quantity(), line.unitPrice(), line.discountPercent(),
                line.total(currency));
    }

    /** quantity × unit price before the discount, rounded as the line total is. */
    public BigDecimal gross(String currency) {
        return quantity.multiply(unitPrice).setScale(Currencies.minorDigits(currency), RoundingMode.HALF_UP);
    }

    /** The quote's subtotal (before discounts), discount and total of these lines; discount = subtotal − total. */
    public static Totals totals(List<QuoteLine> lines, String currency) {
        BigDecimal subtotal = BigDecimal.ZERO.setScale(Currencies.minorDigits(currency));
        BigDecimal total = subtotal;
        for (QuoteLine line : lines) {
            subtotal = subtotal.add(line.gross(currency));
            total = total.add(line.lineTotal());
        }
        return new Totals(subtotal, subtotal.subtract(total), total);
    }

    public record Totals(BigDecimal subtotal, BigDecimal discount, BigDecimal total) {
    }
}
