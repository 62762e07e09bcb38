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
    /** The period before (the tiles' comparison), read by the same statements; null when not wanted. */
    private final Sql previous;
    private List<Group> groups;
    private Record wins;
    private Record cycles;

    ClosedFigures(Sql sql) {
        this(sql, null);
    }

    ClosedFigures(Sql sql, Sql previous) {
        this.sql = sql;
        this.previous = previous;
    }

    record Totals(long won, BigDecimal wonAmount, long lost, BigDecimal lostAmount, long accountsWithAWin) {
    }

    /** The days read: the period's, and before them those of the period before when it is wanted. */
    private Condition closedInRange(Opportunity o) {
        return sql.within(o.CLOSED_AT, previous == null ? sql.filter.from() : previous.filter.from(), sql.filter.to());
    }

    /** True for a deal closed in the period, false for one closed in the period before. */
    private Field<Boolean> inThisPeriod(Opportunity o) {
        return DSL.field(o.CLOSED_AT.ge(DSL.inline(sql.startOf(sql.filter.from()))));
    }

    /** One group of deals closed in the range: an owner's won or lost deals in one currency, in one period. */
    private record Group(UUID owner, String currency, boolean won, boolean now, long deals, BigDecimal sum) {
    }

    /** Won and lost deals counted and summed per owner, currency, status and period: a few dozen rows. */
    private List<Group> groups() {
        if (groups == null) {
            Opportunity o = OPPORTUNITY;
            Field<Boolean> now = inThisPeriod(o).as("now");
            Field<Integer> count = DSL.count();
            Field<BigDecimal> sum = DSL.sum(o.AMOUNT);
            groups = sql.db.select(o.OWNER_ID, o.CURRENCY, o.STATUS, now, count, sum).from(o)
                    .where(sql.deals(o), o.STATUS.in(Sql.WON, Sql.LOST), closedInRange(o))
                    .groupBy(o.OWNER_ID, o.CURRENCY, o.STATUS, inThisPeriod(o))
                    .fetch(row -> new Group(row.get(o.OWNER_ID), row.get(o.CURRENCY), Sql.WON.equals(row.get(o.STATUS)),
                            Boolean.TRUE.equals(row.get(now)), row.get(count), row.get(sum)));
        }
        return groups;
    }

    Totals totals() {
        return totals(true);
    }

    /** The closed figures of the period before (without the accounts with a win, which no tile shows). */
    Totals previousTotals() {
        return totals(false);
    }

    private Totals totals(boolean now) {
        Amounts won = new Amounts();
        Amounts lost = new Amounts();
        for (Group group : groups()) {
            if (group.now() == now) {
                (group.won() ? won : lost).add(group.currency(), group.deals(), group.sum());
            }
        }
        return new Totals(won.count(), won.money(sql.rates), lost.count(), lost.money(sql.rates),
                now ? winFigures().get(0, Long.class) : 0);
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

    /**
     * The cycle lengths of the wins of the period (and of the period before): count, median, p75, mean, the
     * shares of 120 and 210 days or more, and the histogram's buckets, in one statement.
     */
    private Record cycles() {
        if (cycles == null) {
            Opportunity o = OPPORTUNITY;
            var wins = sql.db.select(cycle(o).as("days"), inThisPeriod(o).as("now")).from(o)
                    .where(sql.deals(o), o.STATUS.eq(Sql.WON), closedInRange(o)).asTable("wins");
            Field<Long> days = wins.field("days", SQLDataType.BIGINT);
            Condition now = wins.field("now", SQLDataType.BOOLEAN).isTrue();
            Condition before = wins.field("now", SQLDataType.BOOLEAN).isFalse();
            Field<Integer> bucket = DSL.least(days.cast(SQLDataType.INTEGER).div(BUCKET_DAYS), DSL.inline(LAST_BUCKET));
            List<Field<?>> fields = new ArrayList<>(List.of(
                    DSL.count().filterWhere(now),
                    DSL.percentileCont(0.5).withinGroupOrderBy(days).filterWhere(now),
                    DSL.percentileCont(0.75).withinGroupOrderBy(days).filterWhere(now),
                    DSL.avg(days.cast(SQLDataType.DOUBLE)).filterWhere(now).cast(SQLDataType.DOUBLE),
                    DSL.count().filterWhere(now.and(days.ge(120L))),
                    DSL.count().filterWhere(now.and(days.ge(210L))),
                    DSL.count().filterWhere(before),
                    DSL.percentileCont(0.5).withinGroupOrderBy(days).filterWhere(before),
                    DSL.avg(days.cast(SQLDataType.DOUBLE)).filterWhere(before).cast(SQLDataType.DOUBLE)));
            for (int b = 0; b <= LAST_BUCKET; b++) {
                fields.add(DSL.count().filterWhere(now.and(bucket.eq(b))));
            }
            cycles = sql.db.select(fields).from(wins).fetchOne();
        }
        return cycles;
    }

    Kpis.CycleDays cycleDays() {
        Record row = cycles();
        long n = row.get(0, Long.class);
        return new Kpis.CycleDays(n, Sql.toDouble(row.get(1)), Sql.toDouble(row.get(3)), Sql.toDouble(row.get(2)),
                Sql.ratio(row.get(4, Long.class), n), Sql.ratio(row.get(5, Long.class), n));
    }

    /** The period before's wins: their count, median and mean cycle (the shares are not shown). */
    Kpis.CycleDays previousCycleDays() {
        Record row = cycles();
        return new Kpis.CycleDays(row.get(6, Long.class), Sql.toDouble(row.get(7)), Sql.toDouble(row.get(8)), null,
                null, null);
    }

    List<Kpis.CycleBucket> cycleHistogram() {
        Record row = cycles();
        List<Kpis.CycleBucket> buckets = new ArrayList<>();
        for (int b = 0; b <= LAST_BUCKET; b++) {
            buckets.add(new Kpis.CycleBucket(b * BUCKET_DAYS, b == LAST_BUCKET ? null : (b + 1) * BUCKET_DAYS - 1,
                    row.get(9 + b, Long.class)));
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
        Map<UUID, Row> reps = new HashMap<>();
        Map<UUID, Amounts> wonByOwner = new HashMap<>();
        for (Group group : groups()) {
            if (group.now()) {
                Row rep = reps.computeIfAbsent(group.owner(), Row::new);
                if (group.won()) {
                    rep.won += group.deals();
                    wonByOwner.computeIfAbsent(group.owner(), owner -> new Amounts())
                            .add(group.currency(), group.deals(), group.sum());
                } else {
                    rep.lost += group.deals();
                }
            }
        }
        reps.values().forEach(rep -> rep.amount = wonByOwner.getOrDefault(rep.owner, new Amounts()).money(sql.rates));
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

    /**
     * The wins of the period (and of the period before), each marked whether its account had won before it
     * (any deal, any period, in the filter set or not): the accounts with a win, the new logos of both
     * periods and the expansion amount, in one statement. "Won before" is the account's first win being
     * earlier, a window over every live win: a lookup of earlier wins per win cost three times as much.
     */
    private Record winFigures() {
        if (wins == null) {
            Opportunity o = OPPORTUNITY;
            Field<Boolean> wonBefore = DSL.field(o.CLOSED_AT.gt(DSL.min(o.CLOSED_AT).over().partitionBy(o.ACCOUNT_ID)));
            Field<Boolean> expansionPipeline = DSL.field(o.PIPELINE_ID.in(DSL.select(PIPELINE.ID).from(PIPELINE)
                    .where(DSL.lower(PIPELINE.NAME).eq(DSL.inline(Pipeline.EXPANSION.toLowerCase(java.util.Locale.ROOT))))));
            var won = sql.db.select(o.ACCOUNT_ID, o.CURRENCY, o.AMOUNT, inThisPeriod(o).as("now"),
                            wonBefore.as("won_before"), expansionPipeline.as("expansion"),
                            DSL.field(sql.deals(o).and(closedInRange(o))).as("counted"))
                    .from(o).where(o.DELETED.isFalse(), o.STATUS.eq(Sql.WON)).asTable("won");
            Field<UUID> account = won.field(o.ACCOUNT_ID);
            Field<String> currency = won.field(o.CURRENCY);
            Condition now = won.field("now", SQLDataType.BOOLEAN).isTrue();
            Condition first = won.field("won_before", SQLDataType.BOOLEAN).isFalse();
            Condition expansion = now.and(won.field("expansion", SQLDataType.BOOLEAN).isTrue().or(first.not()));
            Field<BigDecimal> converted = sql.converted(currency, c -> won.field(o.AMOUNT));
            wins = sql.db.select(DSL.countDistinct(account).filterWhere(now),
                            DSL.countDistinct(account).filterWhere(now.and(first)),
                            DSL.countDistinct(account).filterWhere(now.not().and(first)),
                            DSL.sum(converted).filterWhere(expansion),
                            DSL.count().filterWhere(expansion.and(converted.isNull())))
                    .from(won).where(won.field("counted", SQLDataType.BOOLEAN).isTrue()).fetchOne();
        }
        return wins;
    }

    /** Accounts whose first-ever win (of any deal) is a win of the filter set in the period. */
    long newLogos() {
        return winFigures().get(1, Long.class);
    }

    long previousNewLogos() {
        return winFigures().get(2, Long.class);
    }

    /** Won in the period in the Expansion pipeline, or on an account that had won before. */
    BigDecimal expansionAmount() {
        return Sql.money(winFigures().get(3, BigDecimal.class), winFigures().get(4, Integer.class));
    }
}
