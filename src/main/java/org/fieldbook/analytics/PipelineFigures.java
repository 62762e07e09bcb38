package org.fieldbook.analytics;

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
    static final int WON_LEVEL = 1_000_000;
    static final int COMMIT_PROBABILITY = 75;
    private static final int FORECAST_MONTHS = 6;

    private final Sql sql;

    PipelineFigures(Sql sql) {
        this.sql = sql;
    }

    record Open(long count, BigDecimal amount, BigDecimal weighted, List<Kpis.StageFigures> byStage) {
    }

    Open open() {
        Opportunity o = OPPORTUNITY;
        Field<BigDecimal> converted = sql.converted(o);
        Field<Integer> count = DSL.count();
        Field<BigDecimal> amount = DSL.sum(converted);
        Field<BigDecimal> timesProbability = DSL.sum(converted.mul(STAGE.PROBABILITY));
        Field<Integer> missing = Sql.unconvertible(converted);
        List<Kpis.StageFigures> stages = new ArrayList<>();
        long total = 0;
        BigDecimal totalAmount = BigDecimal.ZERO;
        BigDecimal totalWeighted = BigDecimal.ZERO;
        var rows = sql.db.select(STAGE.ID, STAGE.PIPELINE_ID, PIPELINE.NAME, STAGE.NAME, STAGE.POSITION,
                        STAGE.PROBABILITY, PIPELINE.POSITION, count, amount, timesProbability, missing)
                .from(o).join(STAGE).on(STAGE.ID.eq(o.STAGE_ID)).join(PIPELINE).on(PIPELINE.ID.eq(o.PIPELINE_ID))
                .where(sql.deals(o), o.STATUS.eq(Sql.OPEN))
                .groupBy(STAGE.ID, STAGE.PIPELINE_ID, PIPELINE.NAME, STAGE.NAME, STAGE.POSITION, STAGE.PROBABILITY,
                        PIPELINE.POSITION)
                .orderBy(PIPELINE.POSITION, STAGE.POSITION)
                .fetch();
        for (Record row : rows) {
            BigDecimal stageAmount = Sql.money(row.get(amount), row.get(missing));
            BigDecimal stageWeighted = Sql.weighted(row.get(timesProbability), row.get(missing));
            stages.add(new Kpis.StageFigures(row.get(STAGE.ID), row.get(STAGE.PIPELINE_ID), row.get(PIPELINE.NAME),
                    row.get(STAGE.NAME), row.get(STAGE.POSITION), row.get(STAGE.PROBABILITY), row.get(count),
                    stageAmount, stageWeighted));
            total += row.get(count);
            totalAmount = stageAmount == null || totalAmount == null ? null : totalAmount.add(stageAmount);
            totalWeighted = stageWeighted == null || totalWeighted == null ? null : totalWeighted.add(stageWeighted);
        }
        return new Open(total, Sql.cents(totalAmount), Sql.cents(totalWeighted), stages);
    }

    /**
     * The open pipeline as it stood at {@code moment}, for the tiles' comparison: deals created before it and
     * not yet closed then, at today's amounts, weighted by the stage they were in then.
     */
    Open openAt(OffsetDateTime moment) {
        Opportunity o = OPPORTUNITY;
        Field<BigDecimal> converted = sql.converted(o);
        Field<UUID> stageThen = DSL.coalesce(DSL.field(DSL.select(STAGE_CHANGE.TO_STAGE_ID).from(STAGE_CHANGE)
                .where(STAGE_CHANGE.OPPORTUNITY_ID.eq(o.ID), STAGE_CHANGE.DELETED.isFalse(),
                        STAGE_CHANGE.CHANGED_AT.lt(DSL.inline(moment)))
                .orderBy(STAGE_CHANGE.CHANGED_AT.desc()).limit(1)), o.STAGE_ID);
        Field<Integer> probability = DSL.field(DSL.select(STAGE.PROBABILITY).from(STAGE).where(STAGE.ID.eq(stageThen)));
        Field<Integer> missing = Sql.unconvertible(converted);
        Field<BigDecimal> amount = DSL.sum(converted);
        Field<BigDecimal> timesProbability = DSL.sum(converted.mul(probability));
        Record row = sql.db.select(DSL.count(), amount, timesProbability, missing).from(o)
                .where(sql.deals(o), o.CREATED_AT.lt(DSL.inline(moment)),
                        o.CLOSED_AT.isNull().or(o.CLOSED_AT.ge(DSL.inline(moment))))
                .fetchOne();
        return new Open(row.get(0, Long.class), Sql.money(row.get(amount), row.get(missing)),
                Sql.weighted(row.get(timesProbability), row.get(missing)), List.of());
    }

    List<Kpis.ForecastMonth> forecast() {
        Opportunity o = OPPORTUNITY;
        YearMonth first = YearMonth.from(sql.today);
        LocalDate start = first.atDay(1);
        LocalDate end = first.plusMonths(FORECAST_MONTHS).atDay(1);
        Field<BigDecimal> converted = sql.converted(o);
        Field<Integer> year = DSL.year(o.EXPECTED_CLOSE);
        Field<Integer> month = DSL.month(o.EXPECTED_CLOSE);
        Field<BigDecimal> timesProbability = DSL.sum(converted.mul(STAGE.PROBABILITY));
        Field<BigDecimal> best = DSL.sum(converted);
        Field<BigDecimal> commit = DSL.sum(converted).filterWhere(STAGE.PROBABILITY.ge(COMMIT_PROBABILITY));
        Field<Integer> missing = Sql.unconvertible(converted);
        Map<YearMonth, Kpis.ForecastMonth> months = new LinkedHashMap<>();
        for (int i = 0; i < FORECAST_MONTHS; i++) {
            YearMonth m = first.plusMonths(i);
            months.put(m, new Kpis.ForecastMonth(m, Sql.money(null, 0), Sql.money(null, 0), Sql.money(null, 0)));
        }
        sql.db.select(year, month, timesProbability, best, commit, missing)
                .from(o).join(STAGE).on(STAGE.ID.eq(o.STAGE_ID))
                .where(sql.deals(o), o.STATUS.eq(Sql.OPEN), o.EXPECTED_CLOSE.ge(DSL.inline(start)),
                        o.EXPECTED_CLOSE.lt(DSL.inline(end)))
                .groupBy(year, month)
                .forEach(row -> {
                    YearMonth m = YearMonth.of(row.get(year), row.get(month));
                    Integer lacking = row.get(missing);
                    months.put(m, new Kpis.ForecastMonth(m, Sql.weighted(row.get(timesProbability), lacking),
                            Sql.money(row.get(best), lacking), Sql.money(row.get(commit), lacking)));
                });
        return List.copyOf(months.values());
    }

    /**
     * How far a deal got in its pipeline: the highest open stage it was created in, moved into or is in
     * now, or {@link #WON_LEVEL} once it entered a won stage; -1 when it only ever was in lost stages.
     */
    static Field<Integer> level(Opportunity o) {
        Stage been = STAGE.as("been");
        Stage now = STAGE.as("now");
        Field<Integer> historyLevel = DSL.field(DSL.select(DSL.max(levelOf(been))).from(STAGE_CHANGE)
                .join(been).on(been.ID.eq(STAGE_CHANGE.TO_STAGE_ID), been.PIPELINE_ID.eq(o.PIPELINE_ID))
                .where(STAGE_CHANGE.OPPORTUNITY_ID.eq(o.ID), STAGE_CHANGE.DELETED.isFalse()));
        Field<Integer> currentLevel = DSL.field(DSL.select(levelOf(now)).from(now).where(now.ID.eq(o.STAGE_ID)));
        return DSL.greatest(DSL.coalesce(historyLevel, DSL.inline(-1)), DSL.coalesce(currentLevel, DSL.inline(-1)));
    }

    private static Field<Integer> levelOf(Stage stage) {
        return DSL.when(stage.KIND.eq(StageKind.OPEN.name()), stage.POSITION)
                .when(stage.KIND.eq(StageKind.WON.name()), DSL.inline(WON_LEVEL))
                .otherwise(DSL.inline(-1));
    }

    List<Kpis.Funnel> funnel() {
        Opportunity o = OPPORTUNITY;
        Field<Integer> level = level(o).as("lvl");
        Condition created = sql.deals(o).and(sql.inPeriod(o.CREATED_AT));
        var levels = sql.db.select(o.ID, o.PIPELINE_ID, level).from(o).where(created).asTable("levels");
        Field<UUID> levelPipeline = levels.field(o.PIPELINE_ID);
        Field<Integer> levelValue = levels.field("lvl", SQLDataType.INTEGER);
        Field<Integer> reached = DSL.count(levels.field(o.ID));
        Condition stages = STAGE.DELETED.isFalse().and(STAGE.KIND.eq(StageKind.OPEN.name()));
        if (sql.filter.pipelineId() != null) {
            stages = stages.and(STAGE.PIPELINE_ID.eq(sql.filter.pipelineId()));
        }
        Map<UUID, List<Kpis.Funnel.Step>> steps = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        sql.db.select(STAGE.ID, STAGE.PIPELINE_ID, PIPELINE.NAME, STAGE.NAME, reached)
                .from(STAGE).join(PIPELINE).on(PIPELINE.ID.eq(STAGE.PIPELINE_ID), PIPELINE.DELETED.isFalse())
                .leftJoin(levels).on(levelPipeline.eq(STAGE.PIPELINE_ID), levelValue.ge(STAGE.POSITION))
                .where(stages)
                .groupBy(STAGE.ID, STAGE.PIPELINE_ID, PIPELINE.NAME, STAGE.NAME, PIPELINE.POSITION, STAGE.POSITION)
                .orderBy(PIPELINE.POSITION, STAGE.POSITION)
                .forEach(row -> {
                    names.put(row.get(STAGE.PIPELINE_ID), row.get(PIPELINE.NAME));
                    steps.computeIfAbsent(row.get(STAGE.PIPELINE_ID), id -> new ArrayList<>())
                            .add(new Kpis.Funnel.Step(row.get(STAGE.ID), row.get(STAGE.NAME), row.get(reached)));
                });
        Map<UUID, Integer> won = sql.db.select(o.PIPELINE_ID, DSL.count()).from(o)
                .where(created, o.STATUS.eq(Sql.WON)).groupBy(o.PIPELINE_ID)
                .fetchMap(o.PIPELINE_ID, DSL.count());
        List<Kpis.Funnel> funnels = new ArrayList<>();
        steps.forEach((pipeline, list) -> {
            List<Kpis.Funnel.Step> all = new ArrayList<>(list);
            all.add(new Kpis.Funnel.Step(null, StageKind.WON.name(), won.getOrDefault(pipeline, 0)));
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
