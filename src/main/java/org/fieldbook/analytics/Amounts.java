package org.fieldbook.analytics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Sums in the deals' own currencies, as a statement grouped by currency returns them, converted to the
 * reporting currency only once added: Σ amount × rate equals rate × Σ amount exactly in decimal arithmetic, so
 * the figure is the same as a conversion per row, to the cent, and a currency without a rate makes it null as
 * soon as one of its deals is included.
 */
final class Amounts {
    private final Map<String, BigDecimal> byCurrency = new HashMap<>();
    private long count;

    void add(String currency, long deals, BigDecimal sum) {
        if (deals == 0) {
            return;
        }
        count += deals;
        byCurrency.merge(currency.strip(), sum == null ? BigDecimal.ZERO : sum, BigDecimal::add);
    }

    long count() {
        return count;
    }

    /** The exact sum in the reporting currency, or null when a currency of it has no rate. */
    BigDecimal converted(Rates rates) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> sum : byCurrency.entrySet()) {
            BigDecimal rate = rates.toReporting().get(sum.getKey());
            if (rate == null) {
                return null;
            }
            total = total.add(rate.compareTo(BigDecimal.ONE) == 0 ? sum.getValue() : sum.getValue().multiply(rate));
        }
        return total;
    }

    /** The sum to the cent (0.00 when nothing was added), or null when a currency of it has no rate. */
    BigDecimal money(Rates rates) {
        return Sql.cents(converted(rates));
    }
}
