package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.DEAL_FACT;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.PIPELINE;
import static org.fieldbook.store.jooq.Tables.STAGE;
import static org.fieldbook.store.jooq.Tables.STAGE_CHANGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.StageKind;
import org.fieldbook.store.jooq.tables.DealFact;
import org.fieldbook.store.jooq.tables.Opportunity;
import org.fieldbook.store.jooq.tables.Stage;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The open pipeline now (per stage), the forecast by month of expected close, and the funnel. */
final class PipelineFigures {
    /** A won stage is beyond every open stage of its pipeline, whatever its position. */
    static final int WON_LEVEL = org.fieldbook.store.DealFacts.WON_LEVEL;
    static final int COMMIT_PROBABILITY = 75;
    private static final int FORECAST_MONTHS = 6;

    private final Sql sql;

    PipelineFigures(Sql sql) {
        this.sql = sql;
    }

    record Open(long count, BigDecimal amount, BigDecimal weighted, List<Kpis.StageFigures> byStage) {
    }

    /** The filter set's deals counted and summed per stage, currency, open or not, and forecast month. */
    private record Group(UUID stageId, UUID pipelineId, String currency, boolean open, YearMonth month, long deals,
                         BigDecimal sum) {
    }

    /** A stage as the open pipeline shows it, with its pipeline's name and position. */
    private record StageInfo(UUID pipelineId, String stage, int position, int probability) {
    }

    private List<Group> groups;
    private Map<UUID, Record> stages;

    /**
     * Every deal of the filter set (any status) in one scan, grouped by stage, currency, status open or not
     * and, for an open deal expected to close in the forecast's months, that month: a few dozen rows that
     * give the open pipeline by stage, the forecast and the currencies in use. Amounts are summed in the
     * deals' currencies and converted once added ({@link Amounts}); the weighted amounts multiply those sums
     * by the stage's probability, which is the same to the cent as a product per deal.
     */
    private List<Group> groups() {
        if (groups == null) {
            Opportunity o = OPPORTUNITY;
            YearMonth first = YearMonth.from(sql.today);
            Condition open = o.STATUS.eq(Sql.OPEN);
            Condition forecast = open.and(o.EXPECTED_CLOSE.ge(DSL.inline(first.atDay(1))))
                    .and(o.EXPECTED_CLOSE.lt(DSL.inline(first.plusMonths(FORECAST_MONTHS).atDay(1))));
            Field<Integer> year = DSL.when(forecast, DSL.year(o.EXPECTED_CLOSE)).as("y");
            Field<Integer> month = DSL.when(forecast, DSL.month(o.EXPECTED_CLOSE)).as("m");
            Field<Boolean> isOpen = DSL.field(open).as("is_open");
            Field<Integer> count = DSL.count();
            Field<BigDecimal> sum = DSL.sum(o.AMOUNT);
            groups = sql.db.select(o.STAGE_ID, o.PIPELINE_ID, o.CURRENCY, isOpen, year, month, count, sum)
                    .from(o).where(sql.deals(o))
                    .groupBy(o.STAGE_ID, o.PIPELINE_ID, o.CURRENCY, DSL.field(open),
                            DSL.when(forecast, DSL.year(o.EXPECTED_CLOSE)), DSL.when(forecast, DSL.month(o.EXPECTED_CLOSE)))
                    .fetch(row -> new Group(row.get(o.STAGE_ID), row.get(o.PIPELINE_ID), row.get(o.CURRENCY).strip(),
                            Boolean.TRUE.equals(row.get(isOpen)),
                            row.get(year) == null ? null : YearMonth.of(row.get(year), row.get(month)),
                            row.get(count), row.get(sum)));
        }
        return groups;
    }

    /** The currencies of the filter set's deals (any status, any period) that have no rate, sorted. */
    List<String> missingRates() {
        java.util.TreeSet<String> missing = new java.util.TreeSet<>();
        for (Group group : groups()) {
            if (sql.rates.rate(group.currency()).isEmpty()) {
                missing.add(group.currency());
            }
        }
        return List.copyOf(missing);
    }

    /** The stages of the open deals' groups: name, position, probability, their pipeline's name and position. */
    private Map<UUID, Record> stages() {
        if (stages != null) {
            return stages;
        }
        stages = new HashMap<>();
        List<UUID> ids = groups().stream().filter(Group::open).map(Group::stageId).distinct().toList();
        if (!ids.isEmpty()) {
            sql.db.select(STAGE.ID, STAGE.PIPELINE_ID, STAGE.NAME, STAGE.POSITION, STAGE.PROBABILITY)
                    .from(STAGE).where(STAGE.ID.in(ids))
                    .forEach(row -> stages.put(row.get(STAGE.ID), row));
        }
        return stages;
    }

    Open open() {
        Map<UUID, Record> stages = stages();
        Map<UUID, Record> pipelines = new HashMap<>();
        List<UUID> pipelineIds = groups().stream().filter(Group::open).map(Group::pipelineId).distinct().toList();
        if (!pipelineIds.isEmpty()) {
            sql.db.select(PIPELINE.ID, PIPELINE.NAME, PIPELINE.POSITION).from(PIPELINE).where(PIPELINE.ID.in(pipelineIds))
                    .forEach(row -> pipelines.put(row.get(PIPELINE.ID), row));
        }
        record Key(UUID stage, UUID pipeline) {
        }
        Map<Key, Amounts> byStage = new LinkedHashMap<>();
        for (Group group : groups()) {
            if (group.open()) {
                byStage.computeIfAbsent(new Key(group.stageId(), group.pipelineId()), key -> new Amounts())
                        .add(group.currency(), group.deals(), group.sum());
            }
        }
        List<Key> keys = new ArrayList<>(byStage.keySet());
        keys.sort(java.util.Comparator.comparing((Key k) -> pipelines.get(k.pipeline()).get(PIPELINE.POSITION))
                .thenComparing(k -> stages.get(k.stage()).get(STAGE.POSITION)));
        List<Kpis.StageFigures> figures = new ArrayList<>();
        long total = 0;
        BigDecimal totalAmount = BigDecimal.ZERO;
        BigDecimal totalWeighted = BigDecimal.ZERO;
        for (Key key : keys) {
            Record stage = stages.get(key.stage());
            Amounts amounts = byStage.get(key);
            BigDecimal converted = amounts.converted(sql.rates);
            int probability = stage.get(STAGE.PROBABILITY);
            BigDecimal stageAmount = Sql.cents(converted);
            BigDecimal stageWeighted = converted == null ? null
                    : Sql.weighted(converted.multiply(BigDecimal.valueOf(probability)), 0);
            figures.add(new Kpis.StageFigures(key.stage(), stage.get(STAGE.PIPELINE_ID),
                    pipelines.get(key.pipeline()).get(PIPELINE.NAME), stage.get(STAGE.NAME), stage.get(STAGE.POSITION),
                    probability, amounts.count(), stageAmount, stageWeighted));
            total += amounts.count();
            totalAmount = stageAmount == null || totalAmount == null ? null : totalAmount.add(stageAmount);
            totalWeighted = stageWeighted == null || totalWeighted == null ? null : totalWeighted.add(stageWeighted);
        }
        return new Open(total, Sql.cents(totalAmount), Sql.cents(totalWeighted), figures);
    }

    /**
     * The open pipeline as it stood at {@code moment}, for the tiles' comparison: deals created before it and
     * not yet closed then, at today's amounts, weighted by the stage they were in then. Counted and summed per
     * currency and probability then (a handful of rows), converted and weighted once added.
     */
    Open openAt(OffsetDateTime moment) {
        Opportunity o = OPPORTUNITY;
        DealFact fact = DEAL_FACT;
        Field<OffsetDateTime> at = DSL.inline(moment);
        // the newest stage change before the moment: the deal's newest of all when that is before it (the fact);
        // looked up in the history only for the deals moved since
        Field<UUID> lookedUp = DSL.field(DSL.select(STAGE_CHANGE.TO_STAGE_ID).from(STAGE_CHANGE)
                .where(STAGE_CHANGE.OPPORTUNITY_ID.eq(o.ID), STAGE_CHANGE.DELETED.isFalse(),
                        STAGE_CHANGE.CHANGED_AT.lt(at))
                .orderBy(STAGE_CHANGE.CHANGED_AT.desc(), STAGE_CHANGE.ID.desc()).limit(1));
        Field<UUID> stageThen = DSL.when(fact.OPPORTUNITY_ID.isNotNull().and(fact.LAST_MOVE_AT.isNull()), o.STAGE_ID)
                .when(fact.LAST_MOVE_AT.lt(at), fact.LAST_MOVE_STAGE_ID)
                .otherwise(DSL.coalesce(lookedUp, o.STAGE_ID));
        Field<Integer> probability = DSL.field(DSL.select(STAGE.PROBABILITY).from(STAGE).where(STAGE.ID.eq(stageThen)));
        var then = sql.db.select(o.CURRENCY, o.AMOUNT, probability.as("probability")).from(o)
                .leftJoin(fact).on(fact.OPPORTUNITY_ID.eq(o.ID))
                .where(sql.deals(o), o.CREATED_AT.lt(DSL.inline(moment)),
                        o.CLOSED_AT.isNull().or(o.CLOSED_AT.ge(DSL.inline(moment))))
                .asTable("then");
        Field<String> currency = then.field(o.CURRENCY);
        Field<Integer> probabilityThen = then.field("probability", SQLDataType.INTEGER);
        Field<Integer> count = DSL.count();
        Field<BigDecimal> sum = DSL.sum(then.field(o.AMOUNT));
        Amounts all = new Amounts();
        Map<Integer, Amounts> byProbability = new HashMap<>();
        sql.db.select(currency, probabilityThen, count, sum).from(then).groupBy(currency, probabilityThen)
                .forEach(row -> {
                    all.add(row.get(currency), row.get(count), row.get(sum));
                    byProbability.computeIfAbsent(row.get(probabilityThen), p -> new Amounts())
                            .add(row.get(currency), row.get(count), row.get(sum));
                });
        BigDecimal amount = all.converted(sql.rates);
        BigDecimal timesProbability = amount == null ? null : BigDecimal.ZERO;
        for (Map.Entry<Integer, Amounts> p : byProbability.entrySet()) {
            // a deal whose stage then is unknown weighs nothing, as a null product adds nothing to a sum
            if (timesProbability != null && p.getKey() != null) {
                timesProbability = timesProbability.add(p.getValue().converted(sql.rates)
                        .multiply(BigDecimal.valueOf(p.getKey())));
            }
        }
        return new Open(all.count(), Sql.cents(amount), timesProbability == null ? null
                : Sql.weighted(timesProbability, 0), List.of());
    }

    List<Kpis.ForecastMonth> forecast() {
        YearMonth first = YearMonth.from(sql.today);
        Map<UUID, Record> stages = stages();
        Map<YearMonth, Amounts> best = new HashMap<>();
        Map<YearMonth, Amounts> commit = new HashMap<>();
        Map<YearMonth, Map<Integer, Amounts>> byProbability = new HashMap<>();
        for (Group group : groups()) {
            if (group.month() == null) {
                continue;
            }
            int probability = stages.get(group.stageId()).get(STAGE.PROBABILITY);
            best.computeIfAbsent(group.month(), m -> new Amounts()).add(group.currency(), group.deals(), group.sum());
            commit.computeIfAbsent(group.month(), m -> new Amounts())
                    .add(group.currency(), probability >= COMMIT_PROBABILITY ? group.deals() : 0, group.sum());
            byProbability.computeIfAbsent(group.month(), m -> new HashMap<>())
                    .computeIfAbsent(probability, p -> new Amounts()).add(group.currency(), group.deals(), group.sum());
        }
        List<Kpis.ForecastMonth> months = new ArrayList<>();
        for (int i = 0; i < FORECAST_MONTHS; i++) {
            YearMonth m = first.plusMonths(i);
            BigDecimal bestCase = best.getOrDefault(m, new Amounts()).converted(sql.rates);
            if (bestCase == null) {
                // a deal of the month lacks a rate: none of its three figures is computed
                months.add(new Kpis.ForecastMonth(m, null, null, null));
                continue;
            }
            BigDecimal weighted = BigDecimal.ZERO;
            for (Map.Entry<Integer, Amounts> p : byProbability.getOrDefault(m, Map.of()).entrySet()) {
                weighted = weighted.add(p.getValue().converted(sql.rates).multiply(BigDecimal.valueOf(p.getKey())));
            }
            months.add(new Kpis.ForecastMonth(m, Sql.weighted(weighted, 0), Sql.cents(bestCase),
                    Sql.cents(commit.getOrDefault(m, new Amounts()).converted(sql.rates))));
        }
        return months;
    }

    /**
     * How far a deal got in its pipeline: the highest open stage it was created in, moved into or is in
     * now, or {@link #WON_LEVEL} once it entered a won stage; -1 when it only ever was in lost stages. Read from
     * the deal's facts (V15, kept by the store with every write), derived from the history only for a deal that
     * has none ({@code fact} joined on the left).
     */
    static Field<Integer> furthestLevel(Opportunity o, DealFact fact) {
        return DSL.coalesce(fact.FURTHEST_LEVEL, level(o));
    }

    /** {@link #furthestLevel(Opportunity, DealFact)} for a condition on the deal alone (a drill-down). */
    static Field<Integer> furthestLevel(Opportunity o) {
        return DSL.coalesce(DSL.field(DSL.select(DEAL_FACT.FURTHEST_LEVEL).from(DEAL_FACT)
                .where(DEAL_FACT.OPPORTUNITY_ID.eq(o.ID))), level(o));
    }

    /** The level derived from the deal's history and stage now. */
    private static Field<Integer> level(Opportunity o) {
        Stage now = STAGE.as("now");
        Field<Integer> historyLevel = historyLevel(o);
        Field<Integer> currentLevel = DSL.field(DSL.select(levelOf(now)).from(now).where(now.ID.eq(o.STAGE_ID)));
        return DSL.greatest(DSL.coalesce(historyLevel, DSL.inline(-1)), DSL.coalesce(currentLevel, DSL.inline(-1)));
    }

    /** The highest level the deal's live stage history reached in its own pipeline, or null without history. */
    private static Field<Integer> historyLevel(Opportunity o) {
        Stage been = STAGE.as("been");
        return DSL.field(DSL.select(DSL.max(levelOf(been))).from(STAGE_CHANGE)
                .join(been).on(been.ID.eq(STAGE_CHANGE.TO_STAGE_ID), been.PIPELINE_ID.eq(o.PIPELINE_ID))
                .where(STAGE_CHANGE.OPPORTUNITY_ID.eq(o.ID), STAGE_CHANGE.DELETED.isFalse()));
    }

    private static Field<Integer> levelOf(Stage stage) {
        return DSL.when(stage.KIND.eq(StageKind.OPEN.name()), stage.POSITION)
                .when(stage.KIND.eq(StageKind.WON.name()), DSL.inline(WON_LEVEL))
                .otherwise(DSL.inline(-1));
    }

    /**
     * The deals created in the period counted by pipeline and level (a handful of rows); a step's count is
     * then the sum of the counts at its position and beyond. Joining the levels to each stage instead made
     * H2 evaluate them once per stage: seconds at 100,000 deals.
     */
    List<Kpis.Funnel> funnel() {
        Opportunity o = OPPORTUNITY;
        Field<Integer> level = furthestLevel(o, DEAL_FACT).as("lvl");
        var levels = sql.db.select(o.PIPELINE_ID, o.STATUS, level).from(o)
                .leftJoin(DEAL_FACT).on(DEAL_FACT.OPPORTUNITY_ID.eq(o.ID))
                .where(sql.deals(o), sql.inPeriod(o.CREATED_AT)).asTable("levels");
        Field<UUID> pipelineOf = levels.field(o.PIPELINE_ID);
        Field<Integer> levelOf = levels.field("lvl", SQLDataType.INTEGER);
        Field<Integer> deals = DSL.count();
        Field<Integer> won = DSL.count().filterWhere(levels.field(o.STATUS).eq(Sql.WON));
        Map<UUID, List<int[]>> counts = new HashMap<>();
        sql.db.select(pipelineOf, levelOf, deals, won).from(levels).groupBy(pipelineOf, levelOf)
                .forEach(row -> counts.computeIfAbsent(row.get(pipelineOf), id -> new ArrayList<>())
                        .add(new int[] {row.get(levelOf), row.get(deals), row.get(won)}));
        Condition stages = STAGE.DELETED.isFalse().and(STAGE.KIND.eq(StageKind.OPEN.name()));
        if (sql.filter.pipelineId() != null) {
            stages = stages.and(STAGE.PIPELINE_ID.eq(sql.filter.pipelineId()));
        }
        Map<UUID, List<Kpis.Funnel.Step>> steps = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        sql.db.select(STAGE.ID, STAGE.PIPELINE_ID, PIPELINE.NAME, STAGE.NAME, STAGE.POSITION)
                .from(STAGE).join(PIPELINE).on(PIPELINE.ID.eq(STAGE.PIPELINE_ID), PIPELINE.DELETED.isFalse())
                .where(stages)
                .orderBy(PIPELINE.POSITION, STAGE.POSITION)
                .forEach(row -> {
                    UUID pipeline = row.get(STAGE.PIPELINE_ID);
                    names.put(pipeline, row.get(PIPELINE.NAME));
                    long reached = counts.getOrDefault(pipeline, List.of()).stream()
                            .filter(c -> c[0] >= row.get(STAGE.POSITION)).mapToLong(c -> c[1]).sum();
                    steps.computeIfAbsent(pipeline, id -> new ArrayList<>())
                            .add(new Kpis.Funnel.Step(row.get(STAGE.ID), row.get(STAGE.NAME), reached));
                });
        List<Kpis.Funnel> funnels = new ArrayList<>();
        steps.forEach((pipeline, list) -> {
            List<Kpis.Funnel.Step> all = new ArrayList<>(list);
            long wins = counts.getOrDefault(pipeline, List.of()).stream().mapToLong(c -> c[2]).sum();
            all.add(new Kpis.Funnel.Step(null, StageKind.WON.name(), wins));
            funnels.add(new Kpis.Funnel(pipeline, names.get(pipeline), List.copyOf(all)));
        });
        return funnels;
    }

    static List<Kpis.Funnel.Conversion> conversions(List<Kpis.Funnel> funnels) {
        List<Kpis.Funnel.Conversion> conversions = new ArrayList<>();
        for (Kpis.Funnel funnel : funnels) {
            for (int i = 0; i + 1 < funnel.steps().size(); i++) {
                Kpis.Funnel.Step from = funnel.steps().get(i);
                Kpis.Funnel.Step to = funnel.steps().get(i + 1);
                conversions.add(new Kpis.Funnel.Conversion(funnel.pipelineId(), funnel.pipeline(), from.stage(),
                        to.stage(), Sql.ratio(to.reached(), from.reached())));
            }
        }
        return conversions;
    }
}
