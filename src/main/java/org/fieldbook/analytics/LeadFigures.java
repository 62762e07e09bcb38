package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.ACTIVITY;
import static org.fieldbook.store.jooq.Tables.LEAD;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.SALES_REP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.fieldbook.store.jooq.tables.Opportunity;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Leads by source channel, first response to a lead, and activities per owner and week. */
final class LeadFigures {
    private final Sql sql;
    private final ClosedFigures closed;

    LeadFigures(Sql sql, ClosedFigures closed) {
        this.sql = sql;
        this.closed = closed;
    }

    /** Live leads created in the period, of the filter's owners and channels (leads have no pipeline). */
    private Condition leadsCreated() {
        Condition condition = LEAD.DELETED.isFalse().and(sql.inPeriod(LEAD.CREATED_AT));
        if (!sql.filter.ownerIds().isEmpty()) {
            condition = condition.and(LEAD.OWNER_ID.in(sql.filter.ownerIds()));
        }
        if (!sql.filter.channels().isEmpty()) {
            condition = condition.and(LEAD.SOURCE_CHANNEL.in(sql.filter.channels()));
        }
        return condition;
    }

    List<Kpis.ChannelFigures> channels() {
        Condition converted = LEAD.CONVERTED_AT.isNotNull();
        Field<Integer> leads = DSL.count();
        Field<Integer> conversions = DSL.count().filterWhere(converted);
        Field<Double> days = DSL.avg(sql.daysBetween(LEAD.CREATED_AT, LEAD.CONVERTED_AT).cast(SQLDataType.DOUBLE))
                .filterWhere(converted).cast(SQLDataType.DOUBLE);
        Map<String, Channel> channels = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator
                .naturalOrder()));
        sql.db.select(LEAD.SOURCE_CHANNEL, leads, conversions, days).from(LEAD).where(leadsCreated())
                .groupBy(LEAD.SOURCE_CHANNEL)
                .forEach(row -> {
                    Channel c = channels.computeIfAbsent(row.get(LEAD.SOURCE_CHANNEL), k -> new Channel());
                    c.leads = row.get(leads);
                    c.converted = row.get(conversions);
                    c.meanDays = row.get(days);
                });
        Opportunity o = OPPORTUNITY;
        Field<Integer> deals = DSL.count();
        Field<BigDecimal> sum = DSL.sum(o.AMOUNT);
        Map<String, Amounts> wonAmounts = new java.util.HashMap<>();
        sql.db.select(o.SOURCE_CHANNEL, o.STATUS, o.CURRENCY, deals, sum).from(o)
                .where(sql.deals(o), o.STATUS.in(Sql.WON, Sql.LOST), sql.inPeriod(o.CLOSED_AT))
                .groupBy(o.SOURCE_CHANNEL, o.STATUS, o.CURRENCY)
                .forEach(row -> {
                    Channel c = channels.computeIfAbsent(row.get(o.SOURCE_CHANNEL), k -> new Channel());
                    if (Sql.WON.equals(row.get(o.STATUS))) {
                        c.won += row.get(deals);
                        wonAmounts.computeIfAbsent(row.get(o.SOURCE_CHANNEL), k -> new Amounts())
                                .add(row.get(o.CURRENCY), row.get(deals), row.get(sum));
                    } else {
                        c.lost += row.get(deals);
                    }
                });
        channels.forEach((name, c) -> c.amount = wonAmounts.getOrDefault(name, new Amounts()).money(sql.rates));
        List<Kpis.ChannelFigures> figures = new ArrayList<>();
        channels.forEach((name, c) -> figures.add(new Kpis.ChannelFigures(name, c.leads, c.converted,
                Sql.ratio(c.converted, c.leads), c.meanDays, c.won, c.lost, Sql.ratio(c.won, c.won + c.lost),
                c.amount == null && c.won == 0 ? Sql.money(null, 0) : c.amount)));
        return figures;
    }

    private static final class Channel {
        long leads;
        long converted;
        Double meanDays;
        long won;
        long lost;
        BigDecimal amount;
    }

    /**
     * The median hours from a lead's creation to its first activity done, over the leads created in the
     * period that have one. A lead's activities are those that answer it ({@code activity.lead_id}, V7) and
     * those on the opportunity it was converted into (before V7 the only link).
     */
    Double firstResponseHours() {
        Field<java.time.OffsetDateTime> answering = DSL.field(DSL.select(DSL.min(ACTIVITY.DONE_AT)).from(ACTIVITY)
                .where(ACTIVITY.LEAD_ID.eq(LEAD.ID), ACTIVITY.DELETED.isFalse(), ACTIVITY.DONE_AT.isNotNull()));
        Field<java.time.OffsetDateTime> onDeal = DSL.field(DSL.select(DSL.min(ACTIVITY.DONE_AT)).from(ACTIVITY)
                .where(ACTIVITY.OPPORTUNITY_ID.eq(LEAD.CONVERTED_OPPORTUNITY_ID), ACTIVITY.DELETED.isFalse(),
                        ACTIVITY.DONE_AT.isNotNull()));
        // the earlier of the two, or the one there is
        Field<java.time.OffsetDateTime> first = DSL.least(DSL.coalesce(answering, onDeal),
                DSL.coalesce(onDeal, answering));
        var responses = sql.db.select(DSL.field("DATEDIFF(SECOND, {0}, {1})", SQLDataType.BIGINT, LEAD.CREATED_AT,
                        first).as("seconds"))
                .from(LEAD).where(leadsCreated())
                .asTable("responses");
        Field<Long> seconds = responses.field("seconds", SQLDataType.BIGINT);
        Field<BigDecimal> median = DSL.percentileCont(0.5).withinGroupOrderBy(seconds);
        Record row = sql.db.select(median).from(responses).where(seconds.isNotNull()).fetchOne();
        Double value = Sql.toDouble(row.get(median));
        return value == null ? null : value / 3600.0;
    }

    /**
     * Grouped first, named after: joining the owners' names to each of the activities before grouping cost
     * twice the grouping itself.
     */
    List<Kpis.WeekActivities> activitiesPerWeek() {
        // each activity's day computed once, in the innermost select
        var days = sql.db.select(ACTIVITY.OWNER_ID, sql.day(ACTIVITY.DONE_AT).as("d")).from(ACTIVITY)
                .where(closed.activitiesDoneInPeriod()).asTable("days");
        Field<LocalDate> day = days.field("d", SQLDataType.LOCALDATE);
        Field<Integer> isoYear = DSL.field("EXTRACT(ISO_WEEK_YEAR FROM {0})", SQLDataType.INTEGER, day);
        Field<Integer> isoWeek = DSL.field("EXTRACT(ISO_WEEK FROM {0})", SQLDataType.INTEGER, day);
        var perWeek = sql.db.select(days.field(ACTIVITY.OWNER_ID), isoYear.as("y"), isoWeek.as("w"),
                        DSL.count().as("done"))
                .from(days).groupBy(days.field(ACTIVITY.OWNER_ID), isoYear, isoWeek).asTable("per_week");
        Field<UUID> owner = perWeek.field(ACTIVITY.OWNER_ID);
        Field<Integer> year = perWeek.field("y", SQLDataType.INTEGER);
        Field<Integer> week = perWeek.field("w", SQLDataType.INTEGER);
        Field<Integer> done = perWeek.field("done", SQLDataType.INTEGER);
        List<Kpis.WeekActivities> weeks = new ArrayList<>();
        sql.db.select(owner, SALES_REP.NAME, year, week, done).from(perWeek)
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(owner))
                .orderBy(year, week, SALES_REP.NAME)
                .forEach(row -> weeks.add(new Kpis.WeekActivities(row.get(owner), row.get(SALES_REP.NAME),
                        String.format(java.util.Locale.ROOT, "%d-W%02d", row.get(year), row.get(week)),
                        row.get(done))));
        return weeks;
    }
}
