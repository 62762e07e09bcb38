package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.store.jooq.tables.Opportunity;
import org.jooq.CaseValueStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The pieces every KPI query shares: the filter set as a condition, a period as time bounds, amounts
 * converted to the reporting currency, and a moment's calendar day where the user is.
 */
final class Sql {
    static final String WON = OpportunityStatus.WON.name();
    static final String LOST = OpportunityStatus.LOST.name();
    static final String OPEN = OpportunityStatus.OPEN.name();

    final DSLContext db;
    final KpiFilter filter;
    final Rates rates;
    final ZoneId zone;
    final LocalDate today;

    Sql(DSLContext db, KpiFilter filter, Rates rates, ZoneId zone, LocalDate today) {
        this.db = db;
        this.filter = filter;
        this.rates = rates;
        this.zone = zone;
        this.today = today;
    }

    /** Live opportunities of the filter set's pipeline, owners and channels (any period, any status). */
    Condition deals(Opportunity o) {
        List<Condition> all = new ArrayList<>();
        all.add(o.DELETED.isFalse());
        if (filter.pipelineId() != null) {
            all.add(o.PIPELINE_ID.eq(filter.pipelineId()));
        }
        if (!filter.ownerIds().isEmpty()) {
            all.add(o.OWNER_ID.in(filter.ownerIds()));
        }
        if (!filter.channels().isEmpty()) {
            all.add(o.SOURCE_CHANNEL.in(filter.channels()));
        }
        return DSL.and(all);
    }

    Condition deals() {
        return deals(OPPORTUNITY);
    }

    /** The first moment of a day where the user is. */
    OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** {@code moment} falls on one of the days from {@code from} to {@code to}, both included. */
    Condition within(Field<OffsetDateTime> moment, LocalDate from, LocalDate to) {
        return moment.ge(DSL.inline(startOf(from))).and(moment.lt(DSL.inline(startOf(to.plusDays(1)))));
    }

    Condition inPeriod(Field<OffsetDateTime> moment) {
        return within(moment, filter.from(), filter.to());
    }

    Condition wonIn(Opportunity o) {
        return o.STATUS.eq(WON).and(inPeriod(o.CLOSED_AT));
    }

    Condition lostIn(Opportunity o) {
        return o.STATUS.eq(LOST).and(inPeriod(o.CLOSED_AT));
    }

    /** The calendar day of a moment where the user is. */
    Field<LocalDate> day(Field<OffsetDateTime> moment) {
        return DSL.field("CAST(({0} AT TIME ZONE {1}) AS DATE)", SQLDataType.LOCALDATE, moment,
                DSL.inline(zone.getId()));
    }

    /** Whole calendar days from one moment's day to another's. */
    Field<Long> daysBetween(Field<OffsetDateTime> start, Field<OffsetDateTime> end) {
        return DSL.field("DATEDIFF(DAY, {0}, {1})", SQLDataType.BIGINT, day(start), day(end));
    }

    /** The deal's amount in the reporting currency, or null when its currency has no rate. */
    Field<BigDecimal> converted(Opportunity o) {
        CaseValueStep<String> byCurrency = DSL.choose(o.CURRENCY);
        org.jooq.CaseWhenStep<String, BigDecimal> when = null;
        for (Map.Entry<String, BigDecimal> rate : rates.toReporting().entrySet()) {
            Field<BigDecimal> value = rate.getValue().compareTo(BigDecimal.ONE) == 0 ? o.AMOUNT
                    : o.AMOUNT.mul(DSL.inline(rate.getValue()));
            when = when == null ? byCurrency.when(DSL.inline(rate.getKey()), value)
                    : when.when(DSL.inline(rate.getKey()), value);
        }
        return when.otherwise(DSL.castNull(SQLDataType.DECIMAL(38, 16)));
    }

    /**
     * An amount in a deal's currency (a line total, a payment) in the reporting currency, or null when that
     * currency has no rate; {@code amountIn} gives the amount for one currency (a line total is rounded to that
     * currency's minor unit before it is converted).
     */
    Field<BigDecimal> converted(Field<String> currency,
                                java.util.function.Function<String, Field<BigDecimal>> amountIn) {
        CaseValueStep<String> byCurrency = DSL.choose(currency);
        org.jooq.CaseWhenStep<String, BigDecimal> when = null;
        for (Map.Entry<String, BigDecimal> rate : rates.toReporting().entrySet()) {
            Field<BigDecimal> amount = amountIn.apply(rate.getKey());
            Field<BigDecimal> value = rate.getValue().compareTo(BigDecimal.ONE) == 0 ? amount
                    : amount.mul(DSL.inline(rate.getValue()));
            when = when == null ? byCurrency.when(DSL.inline(rate.getKey()), value)
                    : when.when(DSL.inline(rate.getKey()), value);
        }
        return when == null ? DSL.castNull(SQLDataType.DECIMAL(38, 16))
                : when.otherwise(DSL.castNull(SQLDataType.DECIMAL(38, 16)));
    }

    /** How many of the aggregated deals lack a rate: their amounts cannot be added. */
    static Field<Integer> unconvertible(Field<BigDecimal> converted) {
        return DSL.count().filterWhere(converted.isNull());
    }

    /** A sum of converted amounts, or null when one of its deals lacks a rate; to the cent. */
    static BigDecimal money(BigDecimal sum, Integer unconvertible) {
        if (unconvertible != null && unconvertible > 0) {
            return null;
        }
        return cents(sum == null ? BigDecimal.ZERO : sum);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code sum of amount × probability} as money: the probabilities are percentages. */
    static BigDecimal weighted(BigDecimal sumTimesProbability, Integer unconvertible) {
        return unconvertible != null && unconvertible > 0 ? null
                : cents(sumTimesProbability == null ? BigDecimal.ZERO : sumTimesProbability.movePointLeft(2));
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Double ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, java.math.MathContext.DECIMAL64).doubleValue();
    }

    static BigDecimal divide(BigDecimal amount, long by) {
        return amount == null || by == 0 ? null : amount.divide(BigDecimal.valueOf(by), 2, RoundingMode.HALF_UP);
    }

    static Double toDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
