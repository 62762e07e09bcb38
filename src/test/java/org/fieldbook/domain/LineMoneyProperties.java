package org.fieldbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The money of a deal's lines: exact decimals, each total rounded once, the deal worth exactly their sum. */
class LineMoneyProperties {
    private static final UUID DEAL = TimeOrderedId.next();
    private static final UUID PRODUCT = TimeOrderedId.next();

    @Provide
    Arbitrary<OpportunityLine> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"),
                new BigDecimal("100000")).ofScale(4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                new BigDecimal("1000000")).ofScale(4);
        Arbitrary<BigDecimal> discount = Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                BigDecimal.valueOf(100)).ofScale(2);
        return Combinators.combine(quantity, price, discount)
                .as((q, p, d) -> OpportunityLine.create(DEAL, PRODUCT, q, p, d, 0));
    }

    @Provide
    Arbitrary<List<OpportunityLine>> lineLists() {
        return lines().list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "USD", "CNY", "TWD", "JPY", "KWD");
    }

    @Property(tries = 300)
    void aDealIsWorthExactlyTheSumOfItsLineTotals(@ForAll("lineLists") List<OpportunityLine> lines,
                                                  @ForAll("currencies") String currency) {
        BigDecimal byHand = BigDecimal.ZERO;
        for (OpportunityLine line : lines) {
            byHand = byHand.add(line.total(currency));
        }
        Money sum = OpportunityLine.sum(lines, currency);
        assertEquals(0, byHand.compareTo(sum.amount()), "sum of " + lines);
        assertEquals(Currencies.minorDigits(currency), sum.amount().scale());
        assertEquals(currency, sum.currency());
    }

    @Property(tries = 500)
    void aLineTotalIsTheExactValueRoundedHalfUpToTheMinorUnit(@ForAll("lines") OpportunityLine line,
                                                             @ForAll("currencies") String currency) {
        BigDecimal exact = line.quantity().multiply(line.unitPrice())
                .multiply(BigDecimal.valueOf(100).subtract(line.discountPercent()))
                .divide(BigDecimal.valueOf(100));
        BigDecimal total = line.total(currency);
        int digits = Currencies.minorDigits(currency);
        assertEquals(digits, total.scale());
        assertEquals(exact.setScale(digits, RoundingMode.HALF_UP), total);
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.valueOf(2));
        assertTrue(exact.subtract(total).abs().compareTo(halfUnit) <= 0);
    }

    @Example
    void whereDoublesDriftTheLinesStayExact() {
        List<OpportunityLine> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(OpportunityLine.create(DEAL, PRODUCT, BigDecimal.ONE, new BigDecimal("0.10"),
                    BigDecimal.ZERO, i));
        }
        assertEquals(new BigDecimal("1.00"), OpportunityLine.sum(lines, "EUR").amount()); // 10 × 0.1 as doubles ≠ 1
        OpportunityLine halfCent = OpportunityLine.create(DEAL, PRODUCT, new BigDecimal("3"),
                new BigDecimal("3.335"), new BigDecimal("50"), 0);
        assertEquals(new BigDecimal("5.00"), halfCent.total("EUR")); // 5.0025 rounds half up to 5.00
        assertEquals(new BigDecimal("5"), halfCent.total("JPY"));
        assertEquals(new BigDecimal("5.003"), halfCent.total("KWD"));
    }
}
