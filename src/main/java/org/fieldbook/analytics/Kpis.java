package org.fieldbook.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Every KPI of KPIS.md for one filter set, as the database aggregated them. Amounts are in the reporting
 * currency, rounded to the cent; an amount is null when a deal it would include is in a currency without a
 * rate ({@code missingRates} names those currencies). Ratios and averages are null when there is nothing to
 * divide by. The last two fields are not in KPIS.md: the dashboard's win-rate trend and cycle histogram.
 */
public record Kpis(KpiFilter filter, String reportingCurrency, List<String> missingRates,
                   long openCount, BigDecimal openAmount, BigDecimal weightedAmount, List<StageFigures> openByStage,
                   long wonCount, BigDecimal wonAmount, long lostCount, BigDecimal lostAmount,
                   List<ReasonCount> lostByReason, Double winRate, Double winRateAmount, BigDecimal avgDealSize,
                   BigDecimal arpa, CycleDays cycleDays, List<Funnel> funnel, List<Funnel.Conversion> stageConversion,
                   BigDecimal velocity, List<ForecastMonth> forecast, List<ChannelFigures> channel,
                   Double firstResponseHours, List<RepFigures> reps, List<WeekActivities> activitiesPerWeek,
                   long newLogos, BigDecimal expansionAmount, AccountTiers accountTiers, List<Rfm> rfm,
                   List<MonthWinRate> winRateByMonth, List<CycleBucket> cycleHistogram,
                   List<ProductFigures> products, PaymentFigures payments) {

    /**
     * One product's lines on the deals won in the period: won amount (Σ line totals), units (Σ quantity), the
     * discount in per cent averaged over the lines' value before discount, and on how many deals.
     */
    public record ProductFigures(java.util.UUID productId, String code, String name, BigDecimal wonAmount,
                                 BigDecimal units, BigDecimal averageDiscount, long deals) {
    }

    /**
     * The payment-plan entries of won deals due in the period: how many, expected, received (what received money
     * covers of them, oldest first), and how many and how much of them is overdue (due before today, not covered).
     */
    public record PaymentFigures(long entries, BigDecimal expected, BigDecimal received, long overdueEntries,
                                 BigDecimal overdue) {
    }

    /** The open deals of one stage now: how many, their amount and their amount × probability. */
    public record StageFigures(UUID stageId, UUID pipelineId, String pipeline, String stage, int position,
                               int probability, long count, BigDecimal amount, BigDecimal weighted) {
    }

    public record ReasonCount(String reason, long count) {
    }

    /** Whole calendar days from creation to the win, over the deals won in the period. */
    public record CycleDays(long wins, Double median, Double mean, Double p75, Double shareGe120,
                            Double shareGe210) {
    }

    /** Wins of the period whose cycle was {@code fromDays} to {@code toDays} days (null: no upper end). */
    public record CycleBucket(int fromDays, Integer toDays, long wins) {
    }

    /**
     * One pipeline's funnel over the deals created in the period: each open stage in order, then won. A step
     * counts the deals that reached it: created in it, moved into it or into a later stage, or won.
     */
    public record Funnel(UUID pipelineId, String pipeline, List<Step> steps) {
        /** {@code stageId} is null for the last step, won. */
        public record Step(UUID stageId, String stage, long reached) {
        }

        /** reached(next) / reached(this); null when nothing reached this step. */
        public record Conversion(UUID pipelineId, String pipeline, String from, String to, Double rate) {
        }
    }

    /** Open deals expected to close in one calendar month. */
    public record ForecastMonth(YearMonth month, BigDecimal weighted, BigDecimal bestCase, BigDecimal commit) {
    }

    /** A source channel: its leads created in the period, and its deals closed in the period. */
    public record ChannelFigures(String channel, long leads, long converted, Double conversionRate,
                                 Double meanDaysToConvert, long won, long lost, Double winRate,
                                 BigDecimal wonAmount) {
    }

    public record RepFigures(int rank, UUID ownerId, String owner, BigDecimal wonAmount, long wonCount,
                             long lostCount, Double winRate, long activitiesDone, Double medianCycleDays) {
    }

    /** Activities an owner marked done in one ISO week, e.g. "2025-W07". */
    public record WeekActivities(UUID ownerId, String owner, String week, long activities) {
    }

    /** A = the smallest top set of accounts reaching 80 % of the won amount, B up to 95 %, C the rest. */
    public record AccountTiers(LocalDate from, LocalDate to, BigDecimal total, List<Tier> tiers,
                               List<TieredAccount> accounts) {
        public record Tier(String tier, long accounts, BigDecimal amount) {
        }

        public record TieredAccount(UUID accountId, String account, BigDecimal wonAmount, String tier) {
        }
    }

    /** Recency (days since the last win, to the period's end), frequency (wins), monetary; scored 1–5. */
    public record Rfm(UUID accountId, String account, long recency, long frequency, BigDecimal monetary,
                      int recencyScore, int frequencyScore, int monetaryScore) {
    }

    public record MonthWinRate(YearMonth month, long won, long lost, Double winRate) {
    }
}
