package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.APPROVAL_REQUEST;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;

import java.math.BigDecimal;
import org.fieldbook.domain.ApprovalStatus;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * KPIS.md's {@code approvals}: the approval requests created in the period on the filter set's live deals,
 * how many were approved, rejected or are pending now, and the median hours from request to decision over
 * the decided ones (null when none is decided). One aggregate query.
 */
final class ApprovalFigures {
    private final Sql sql;

    ApprovalFigures(Sql sql) {
        this.sql = sql;
    }

    ApprovalKpi approvals() {
        var r = APPROVAL_REQUEST;
        Field<Integer> requests = DSL.count();
        Field<Integer> approved = DSL.count().filterWhere(r.STATUS.eq(ApprovalStatus.APPROVED.name()));
        Field<Integer> rejected = DSL.count().filterWhere(r.STATUS.eq(ApprovalStatus.REJECTED.name()));
        Field<Integer> pending = DSL.count().filterWhere(r.STATUS.eq(ApprovalStatus.PENDING.name()));
        // a pending request has no decided_at: its hours are null, which the percentile leaves out
        Field<Double> hours = DSL.when(r.STATUS.ne(ApprovalStatus.PENDING.name()),
                DSL.field("DATEDIFF(SECOND, {0}, {1})", SQLDataType.BIGINT, r.REQUESTED_AT, r.DECIDED_AT)
                        .cast(SQLDataType.DOUBLE).div(DSL.inline(3600.0)));
        Field<BigDecimal> median = DSL.percentileCont(0.5).withinGroupOrderBy(hours);
        Record row = sql.db.select(requests, approved, rejected, pending, median)
                .from(r).join(OPPORTUNITY).on(OPPORTUNITY.ID.eq(r.OPPORTUNITY_ID))
                .where(r.DELETED.isFalse(), sql.deals(OPPORTUNITY), sql.inPeriod(r.REQUESTED_AT))
                .fetchOne();
        return new ApprovalKpi(row.get(requests), row.get(approved), row.get(rejected), row.get(pending),
                Sql.toDouble(row.get(median)));
    }
}
