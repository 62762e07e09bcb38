package org.fieldbook.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact amount in one ISO 4217 currency. Amounts in different currencies are never added. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        if (!Currencies.isValid(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + currency);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }
}
