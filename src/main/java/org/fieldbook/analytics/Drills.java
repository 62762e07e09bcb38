package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.PIPELINE;
import static org.fieldbook.store.jooq.Tables.SALES_REP;
import static org.fieldbook.store.jooq.Tables.STAGE;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.store.jooq.tables.Opportunity;
import org.fieldbook.store.jooq.tables.Stage;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The deals behind a figure: the same conditions as the figure's query, listed instead of counted. */
final class Drills {
    private static final int MOST = 5_000;

    private final Sql sql;

    Drills(Sql sql) {
        this.sql = sql;
    }

    List<DealRow> deals(Drill drill) {
        Opportunity o = OPPORTUNITY;
        Condition condition = sql.deals(o).and(condition(o, drill));
        Stage stage = STAGE.as("current_stage");
        return sql.db.select(o.ID, o.TITLE, ACCOUNT.NAME, PIPELINE.NAME, stage.NAME, o.AMOUNT, o.CURRENCY,
                        SALES_REP.NAME, o.STATUS, o.EXPECTED_CLOSE, sql.day(o.CLOSED_AT))
                .from(o).join(ACCOUNT).on(ACCOUNT.ID.eq(o.ACCOUNT_ID))
                .join(PIPELINE).on(PIPELINE.ID.eq(o.PIPELINE_ID))
                .join(stage).on(stage.ID.eq(o.STAGE_ID))
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(o.OWNER_ID))
                .where(condition)
                .orderBy(o.AMOUNT.desc(), o.TITLE, o.ID)
                .limit(MOST)
                .fetch(row -> new DealRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        new Money(row.value6(), row.value7().strip()), row.value8(),
                        OpportunityStatus.valueOf(row.value9()), row.value10(), row.value11()));
    }

    private Condition condition(Opportunity o, Drill drill) {
        if (drill instanceof Drill.FunnelStep step) {
            return funnelStep(o, step);
        } else if (drill instanceof Drill.OpenInStage open) {
            return o.STATUS.eq(Sql.OPEN).and(open.stageId() == null ? DSL.noCondition()
                    : o.STAGE_ID.eq(open.stageId()));
        } else if (drill instanceof Drill.ForecastMonth month) {
            return o.STATUS.eq(Sql.OPEN)
                    .and(o.EXPECTED_CLOSE.ge(DSL.inline(month.month().atDay(1))))
                    .and(o.EXPECTED_CLOSE.le(DSL.inline(month.month().atEndOfMonth())))
                    .and(month.commitOnly() ? o.STAGE_ID.in(DSL.select(STAGE.ID).from(STAGE)
                            .where(STAGE.PROBABILITY.ge(PipelineFigures.COMMIT_PROBABILITY))) : DSL.noCondition());
        } else if (drill instanceof Drill.ClosedInMonth month) {
            return o.STATUS.in(Sql.WON, Sql.LOST).and(sql.inPeriod(o.CLOSED_AT))
                    .and(sql.within(o.CLOSED_AT, month.month().atDay(1), month.month().atEndOfMonth()));
        } else if (drill instanceof Drill.Closed closed) {
            return closed.won() ? sql.wonIn(o) : sql.lostIn(o);
        } else if (drill instanceof Drill.CycleBucket bucket) {
            return sql.wonIn(o).and(cycleBucket(o, bucket.bucket()));
        } else if (drill instanceof Drill.Channel channel) {
            return o.STATUS.in(Sql.WON, Sql.LOST).and(sql.inPeriod(o.CLOSED_AT))
                    .and(channel.channel() == null ? o.SOURCE_CHANNEL.isNull()
                            : o.SOURCE_CHANNEL.eq(channel.channel()));
        } else if (drill instanceof Drill.Rep rep) {
            return sql.wonIn(o).and(rep.ownerId() == null ? o.OWNER_ID.isNull() : o.OWNER_ID.eq(rep.ownerId()));
        } else if (drill instanceof Drill.Tier tier) {
            return tier(o, tier.tier());
        }
        throw new IllegalArgumentException("unknown drill-down " + drill);
    }

    private Condition funnelStep(Opportunity o, Drill.FunnelStep step) {
        Condition created = o.PIPELINE_ID.eq(step.pipelineId()).and(sql.inPeriod(o.CREATED_AT));
        if (step.stageId() == null) {
            return created.and(o.STATUS.eq(Sql.WON));
        }
        Field<Integer> position = DSL.field(DSL.select(STAGE.POSITION).from(STAGE).where(STAGE.ID.eq(step.stageId())));
        return created.and(PipelineFigures.furthestLevel(o).ge(position));
    }

    private Condition cycleBucket(Opportunity o, int bucket) {
        Field<Long> days = sql.daysBetween(o.CREATED_AT, o.CLOSED_AT);
        Condition condition = days.ge((long) bucket * ClosedFigures.BUCKET_DAYS);
        return bucket >= ClosedFigures.LAST_BUCKET ? condition
                : condition.and(days.lt((long) (bucket + 1) * ClosedFigures.BUCKET_DAYS));
    }

    private Condition tier(Opportunity o, String tier) {
        var tiered = new AccountFigures(sql).tiered();
        Field<UUID> account = tiered.field("account_id", SQLDataType.UUID);
        return o.STATUS.eq(Sql.WON)
                .and(sql.within(o.CLOSED_AT, new AccountFigures(sql).tierWindowStart(), sql.filter.to()))
                .and(o.ACCOUNT_ID.in(DSL.select(account).from(tiered)
                        .where(tiered.field("tier", SQLDataType.VARCHAR).eq(tier))));
    }
}
