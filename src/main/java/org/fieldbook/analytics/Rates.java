package org.fieldbook.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.domain.ExchangeRate;

/**
 * What one unit of each currency is worth in the reporting currency, from the rates the user set. A rate set
 * the other way round (reporting currency to the other) is inverted to 12 significant digits, which moves no
 * cent below ten billion units.
 */
public record Rates(String reportingCurrency, Map<String, BigDecimal> toReporting) {
    private static final MathContext INVERSE = new MathContext(12);

    public Rates {
        toReporting = Map.copyOf(toReporting);
    }

    public static Rates of(String reportingCurrency, List<ExchangeRate> set) {
        Map<String, BigDecimal> direct = new HashMap<>();
        direct.put(reportingCurrency, BigDecimal.ONE);
        for (ExchangeRate rate : set) {
            if (rate.to().equals(reportingCurrency) && !rate.from().equals(reportingCurrency)) {
                direct.put(rate.from(), rate.rate());
            }
        }
        for (ExchangeRate rate : set) {
            if (rate.from().equals(reportingCurrency) && !direct.containsKey(rate.to())) {
                direct.put(rate.to(), BigDecimal.ONE.divide(rate.rate(), INVERSE));
            }
        }
        return new Rates(reportingCurrency, direct);
    }

    public Optional<BigDecimal> rate(String currency) {
        return Optional.ofNullable(toReporting.get(currency));
    }
}
