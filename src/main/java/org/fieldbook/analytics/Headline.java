package org.fieldbook.analytics;

import java.math.BigDecimal;

/** The dashboard's tiles: the figures a manager reads first, for one period. */
public record Headline(long openCount, BigDecimal openAmount, BigDecimal weightedAmount, long wonCount,
                       BigDecimal wonAmount, Double winRate, BigDecimal avgDealSize, Double medianCycleDays,
                       BigDecimal velocity, long newLogos) {

    static Headline of(Kpis kpis) {
        return new Headline(kpis.openCount(), kpis.openAmount(), kpis.weightedAmount(), kpis.wonCount(),
                kpis.wonAmount(), kpis.winRate(), kpis.avgDealSize(), kpis.cycleDays().median(), kpis.velocity(),
                kpis.newLogos());
    }
}
