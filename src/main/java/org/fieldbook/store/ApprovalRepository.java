package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.APPROVAL_REQUEST;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.SALES_REP;
import static org.fieldbook.store.jooq.Tables.STAGE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.ListedApproval;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.ApprovalRequestRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Approval requests, and the inbox's rows with the names around them. */
public final class ApprovalRepository extends Entities<ApprovalRequest, ApprovalRequestRecord> {
    ApprovalRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, ApprovalMappings.APPROVAL_REQUESTS, capture, clock);
    }

    /** A deal's live requests, newest first. */
    public List<ApprovalRequest> ofOpportunity(UUID opportunityId) {
        return where(APPROVAL_REQUEST.OPPORTUNITY_ID.eq(opportunityId), APPROVAL_REQUEST.REQUESTED_AT.desc(),
                APPROVAL_REQUEST.ID.desc());
    }

    /** A deal's requests with their names, newest first. */
    public List<ListedApproval> listedOf(UUID opportunityId) {
        return listed(APPROVAL_REQUEST.OPPORTUNITY_ID.eq(opportunityId), false);
    }

    /** Pending requests of live deals made by someone other than {@code rep}, oldest first: a manager's inbox. */
    public List<ListedApproval> pendingFromOthers(UUID rep) {
        return listed(APPROVAL_REQUEST.STATUS.eq(ApprovalStatus.PENDING.name())
                .and(APPROVAL_REQUEST.REQUESTED_BY.ne(rep)), true);
    }

    /** The requests {@code rep} made, newest first. */
    public List<ListedApproval> madeBy(UUID rep) {
        return listed(APPROVAL_REQUEST.REQUESTED_BY.eq(rep), false);
    }

    private List<ListedApproval> listed(Condition condition, boolean oldestFirst) {
        var requester = SALES_REP.as("requester");
        var decider = SALES_REP.as("decider");
        return db.select(APPROVAL_REQUEST.asterisk(), OPPORTUNITY.TITLE, ACCOUNT.NAME, STAGE.NAME, requester.NAME,
                        decider.NAME)
                .from(APPROVAL_REQUEST)
                .join(OPPORTUNITY).on(OPPORTUNITY.ID.eq(APPROVAL_REQUEST.OPPORTUNITY_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(OPPORTUNITY.ACCOUNT_ID))
                .leftJoin(STAGE).on(STAGE.ID.eq(APPROVAL_REQUEST.STAGE_ID))
                .leftJoin(requester).on(requester.ID.eq(APPROVAL_REQUEST.REQUESTED_BY))
                .leftJoin(decider).on(decider.ID.eq(APPROVAL_REQUEST.DECIDED_BY))
                .where(condition, APPROVAL_REQUEST.DELETED.isFalse(), OPPORTUNITY.DELETED.isFalse())
                .orderBy(oldestFirst ? APPROVAL_REQUEST.REQUESTED_AT.asc() : APPROVAL_REQUEST.REQUESTED_AT.desc(),
                        APPROVAL_REQUEST.ID.asc())
                .fetch(r -> new ListedApproval(mapping.read(r.into(APPROVAL_REQUEST)), r.get(OPPORTUNITY.TITLE),
                        r.get(ACCOUNT.NAME), r.get(STAGE.NAME), r.get(requester.NAME), r.get(decider.NAME)));
    }
}
