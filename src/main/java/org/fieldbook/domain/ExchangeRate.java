package org.fieldbook.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One unit of {@code from} is worth {@code rate} units of {@code to}; set by the user, never fetched. */
public record ExchangeRate(String from, String to, BigDecimal rate) {
    public ExchangeRate {
        if (!Currencies.isValid(from) || !Currencies.isValid(to)) {
            throw new IllegalArgumentException("not a pair of ISO 4217 currencies: " + from + "/" + to);
        }
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive: " + rate);
        }
    }
}
