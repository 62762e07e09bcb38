package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.ACTIVITY;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.PIPELINE;
import static org.fieldbook.store.jooq.Tables.SALES_REP;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.store.jooq.tables.Opportunity;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Deals won and lost in the period: totals, reasons, cycle lengths, reps, new logos and expansion. */
final class ClosedFigures {
    /** The cycle histogram's buckets are 30 days wide; the last holds 210 days and more. */
    static final int BUCKET_DAYS = 30;
    static final int LAST_BUCKET = 7;

    private final Sql sql;

    ClosedFigures(Sql sql) {
        this.sql = sql;
    }

    record Totals(long won, BigDecimal wonAmount, long lost, BigDecimal lostAmount, long accountsWithAWin) {
    }

    Totals totals() {
        Opportunity o = OPPORTUNITY;
        Field<BigDecimal> converted = sql.converted(o);
        Condition won = o.STATUS.eq(Sql.WON);
        Condition lost = o.STATUS.eq(Sql.LOST);
        Field<Integer> wonCount = DSL.count().filterWhere(won);
        Field<BigDecimal> wonSum = DSL.sum(converted).filterWhere(won);
        Field<Integer> wonMissing = DSL.count().filterWhere(won.and(converted.isNull()));
        Field<Integer> lostCount = DSL.count().filterWhere(lost);
        Field<BigDecimal> lostSum = DSL.sum(converted).filterWhere(lost);
        Field<Integer> lostMissing = DSL.count().filterWhere(lost.and(converted.isNull()));
        Field<Integer> accounts = DSL.countDistinct(o.ACCOUNT_ID).filterWhere(won);
        Record row = sql.db.select(wonCount, wonSum, wonMissing, lostCount, lostSum, lostMissing, accounts)
                .from(o).where(sql.deals(o), won.or(lost), sql.inPeriod(o.CLOSED_AT)).fetchOne();
        return new Totals(row.get(wonCount), Sql.money(row.get(wonSum), row.get(wonMissing)), row.get(lostCount),
                Sql.money(row.get(lostSum), row.get(lostMissing)), row.get(accounts));
    }

    List<Kpis.ReasonCount> lostByReason() {
        Opportunity o = OPPORTUNITY;
        Field<Integer> count = DSL.count();
        return sql.db.select(o.LOST_REASON, count).from(o).where(sql.deals(o), sql.lostIn(o))
                .groupBy(o.LOST_REASON).orderBy(count.desc(), o.LOST_REASON)
                .fetch(row -> new Kpis.ReasonCount(row.get(o.LOST_REASON), row.get(count)));
    }

    private Field<Long> cycle(Opportunity o) {
        return sql.daysBetween(o.CREATED_AT, o.CLOSED_AT);
    }

    Kpis.CycleDays cycleDays() {
        Opportunity o = OPPORTUNITY;
        var wins = sql.db.select(cycle(o).as("days")).from(o).where(sql.deals(o), sql.wonIn(o)).asTable("wins");
        Field<Long> days = wins.field("days", SQLDataType.BIGINT);
        Field<Integer> count = DSL.count();
        Field<java.math.BigDecimal> median = DSL.percentileCont(0.5).withinGroupOrderBy(days);
        Field<java.math.BigDecimal> p75 = DSL.percentileCont(0.75).withinGroupOrderBy(days);
        Field<Double> mean = DSL.avg(days.cast(SQLDataType.DOUBLE)).cast(SQLDataType.DOUBLE);
        Field<Integer> ge120 = DSL.count().filterWhere(days.ge(120L));
        Field<Integer> ge210 = DSL.count().filterWhere(days.ge(210L));
        Record row = sql.db.select(count, median, p75, mean, ge120, ge210).from(wins).fetchOne();
        long n = row.get(count);
        return new Kpis.CycleDays(n, Sql.toDouble(row.get(median)), row.get(mean), Sql.toDouble(row.get(p75)),
                Sql.ratio(row.get(ge120), n), Sql.ratio(row.get(ge210), n));
    }

    List<Kpis.CycleBucket> cycleHistogram() {
        Opportunity o = OPPORTUNITY;
        Field<Integer> bucket = DSL.least(cycle(o).cast(SQLDataType.INTEGER).div(BUCKET_DAYS), DSL.inline(LAST_BUCKET));
        Map<Integer, Integer> counts = sql.db.select(bucket, DSL.count()).from(o).where(sql.deals(o), sql.wonIn(o))
                .groupBy(bucket).fetchMap(bucket, DSL.count());
        List<Kpis.CycleBucket> buckets = new ArrayList<>();
        for (int b = 0; b <= LAST_BUCKET; b++) {
            buckets.add(new Kpis.CycleBucket(b * BUCKET_DAYS, b == LAST_BUCKET ? null : (b + 1) * BUCKET_DAYS - 1,
                    counts.getOrDefault(b, 0)));
        }
        return buckets;
    }

    List<Kpis.MonthWinRate> winRateByMonth() {
        Opportunity o = OPPORTUNITY;
        Field<java.time.LocalDate> day = sql.day(o.CLOSED_AT);
        Field<Integer> year = DSL.year(day);
        Field<Integer> month = DSL.month(day);
        Field<Integer> won = DSL.count().filterWhere(o.STATUS.eq(Sql.WON));
        Field<Integer> lost = DSL.count().filterWhere(o.STATUS.eq(Sql.LOST));
        Map<YearMonth, Kpis.MonthWinRate> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(sql.filter.from()); !m.isAfter(YearMonth.from(sql.filter.to()));
             m = m.plusMonths(1)) {
            months.put(m, new Kpis.MonthWinRate(m, 0, 0, null));
        }
        sql.db.select(year, month, won, lost).from(o)
                .where(sql.deals(o), o.STATUS.in(Sql.WON, Sql.LOST), sql.inPeriod(o.CLOSED_AT))
                .groupBy(year, month)
                .forEach(row -> {
                    YearMonth m = YearMonth.of(row.get(year), row.get(month));
                    int w = row.get(won);
                    int l = row.get(lost);
                    months.put(m, new Kpis.MonthWinRate(m, w, l, Sql.ratio(w, w + l)));
                });
        return List.copyOf(months.values());
    }

    /** {@code activitiesDone}: activities done in the period per owner, summed from the weekly counts. */
    List<Kpis.RepFigures> reps(Map<UUID, Long> activitiesDone) {
        Opportunity o = OPPORTUNITY;
        Field<BigDecimal> converted = sql.converted(o);
        Condition won = o.STATUS.eq(Sql.WON);
        Field<Integer> wonCount = DSL.count().filterWhere(won);
        Field<Integer> lostCount = DSL.count().filterWhere(o.STATUS.eq(Sql.LOST));
        Field<BigDecimal> wonSum = DSL.sum(converted).filterWhere(won);
        Field<Integer> missing = DSL.count().filterWhere(won.and(converted.isNull()));
        Map<UUID, Row> reps = new HashMap<>();
        sql.db.select(o.OWNER_ID, wonCount, lostCount, wonSum, missing).from(o)
                .where(sql.deals(o), o.STATUS.in(Sql.WON, Sql.LOST), sql.inPeriod(o.CLOSED_AT))
                .groupBy(o.OWNER_ID)
                .forEach(row -> {
                    Row rep = reps.computeIfAbsent(row.get(o.OWNER_ID), Row::new);
                    rep.won = row.get(wonCount);
                    rep.lost = row.get(lostCount);
                    rep.amount = Sql.money(row.get(wonSum), row.get(missing));
                });
        var wins = sql.db.select(o.OWNER_ID, cycle(o).as("days")).from(o).where(sql.deals(o), sql.wonIn(o))
                .asTable("wins");
        Field<UUID> winOwner = wins.field(o.OWNER_ID);
        Field<BigDecimal> median = DSL.percentileCont(0.5).withinGroupOrderBy(wins.field("days", SQLDataType.BIGINT));
        sql.db.select(winOwner, median).from(wins).groupBy(winOwner)
                .forEach(row -> reps.computeIfAbsent(row.get(winOwner), Row::new).medianCycle =
                        Sql.toDouble(row.get(median)));
        activitiesDone.forEach((owner, done) -> reps.computeIfAbsent(owner, Row::new).activities = done);
        Map<UUID, String> names = sql.db.select(SALES_REP.ID, SALES_REP.NAME).from(SALES_REP)
                .where(SALES_REP.ID.in(reps.keySet().stream().filter(java.util.Objects::nonNull).toList()))
                .fetchMap(SALES_REP.ID, SALES_REP.NAME);
        List<Row> ranked = new ArrayList<>(reps.values());
        ranked.sort(Comparator.comparing((Row r) -> r.amount, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> -r.won)
                .thenComparing(r -> names.getOrDefault(r.owner, ""), Comparator.naturalOrder()));
        List<Kpis.RepFigures> figures = new ArrayList<>();
        for (Row r : ranked) {
            figures.add(new Kpis.RepFigures(figures.size() + 1, r.owner, names.get(r.owner),
                    r.amount == null && r.won == 0 ? Sql.money(null, 0) : r.amount, r.won, r.lost,
                    Sql.ratio(r.won, r.won + r.lost), r.activities, r.medianCycle));
        }
        return figures;
    }

    /**
     * Activities marked done in the period by the filter's owners. With a pipeline or channel chosen, only
     * those of that pipeline's or channel's deals count.
     */
    Condition activitiesDoneInPeriod() {
        Condition condition = ACTIVITY.DELETED.isFalse().and(sql.inPeriod(ACTIVITY.DONE_AT));
        if (!sql.filter.ownerIds().isEmpty()) {
            condition = condition.and(ACTIVITY.OWNER_ID.in(sql.filter.ownerIds()));
        }
        if (sql.filter.pipelineId() != null || !sql.filter.channels().isEmpty()) {
            condition = condition.and(ACTIVITY.OPPORTUNITY_ID.in(DSL.select(OPPORTUNITY.ID).from(OPPORTUNITY)
                    .where(sql.deals(OPPORTUNITY))));
        }
        return condition;
    }

    private static final class Row {
        final UUID owner;
        long won;
        long lost;
        BigDecimal amount;
        long activities;
        Double medianCycle;

        Row(UUID owner) {
            this.owner = owner;
        }
    }

    /** Accounts whose first-ever win (of any deal) is a win of the filter set in the period. */
    long newLogos() {
        Opportunity o = OPPORTUNITY;
        Opportunity earlier = OPPORTUNITY.as("earlier");
        return sql.db.select(DSL.countDistinct(o.ACCOUNT_ID)).from(o)
                .where(sql.deals(o), sql.wonIn(o), DSL.notExists(DSL.selectOne().from(earlier)
                        .where(earlier.ACCOUNT_ID.eq(o.ACCOUNT_ID), earlier.DELETED.isFalse(),
                                earlier.STATUS.eq(Sql.WON), earlier.CLOSED_AT.lt(o.CLOSED_AT))))
                .fetchOne(0, Long.class);
    }

    /** Won in the period in the Expansion pipeline, or on an account that had won before. */
    BigDecimal expansionAmount() {
        Opportunity o = OPPORTUNITY;
        Opportunity earlier = OPPORTUNITY.as("earlier");
        Field<BigDecimal> converted = sql.converted(o);
        Condition expansionPipeline = o.PIPELINE_ID.in(DSL.select(PIPELINE.ID).from(PIPELINE)
                .where(DSL.lower(PIPELINE.NAME).eq(DSL.inline(Pipeline.EXPANSION.toLowerCase(java.util.Locale.ROOT)))));
        Condition wonBefore = DSL.exists(DSL.selectOne().from(earlier)
                .where(earlier.ACCOUNT_ID.eq(o.ACCOUNT_ID), earlier.DELETED.isFalse(), earlier.STATUS.eq(Sql.WON),
                        earlier.CLOSED_AT.lt(o.CLOSED_AT)));
        Field<BigDecimal> sum = DSL.sum(converted);
        Field<Integer> missing = Sql.unconvertible(converted);
        Record row = sql.db.select(sum, missing).from(o)
                .where(sql.deals(o), sql.wonIn(o), expansionPipeline.or(wonBefore)).fetchOne();
        return Sql.money(row.get(sum), row.get(missing));
    }
}
