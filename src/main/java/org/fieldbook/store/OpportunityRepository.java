package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.SALES_REP;
import static org.fieldbook.store.jooq.Tables.STAGE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.OpportunityRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class OpportunityRepository extends Entities<Opportunity, OpportunityRecord> {
    OpportunityRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.OPPORTUNITIES, capture, clock);
    }

    public List<Opportunity> ofAccount(UUID accountId) {
        return where(OPPORTUNITY.ACCOUNT_ID.eq(accountId), OPPORTUNITY.EXPECTED_CLOSE.asc());
    }

    /** Every live opportunity with its account, stage and owner names, newest expected close last. */
    public List<OpportunitySummary> summaries() {
        return summaries(DSL.noCondition());
    }

    public List<OpportunitySummary> summariesOfAccount(UUID accountId) {
        return summaries(OPPORTUNITY.ACCOUNT_ID.eq(accountId));
    }

    private List<OpportunitySummary> summaries(Condition condition) {
        return db.select(OPPORTUNITY.asterisk(), ACCOUNT.NAME, STAGE.NAME, STAGE.PROBABILITY, SALES_REP.NAME)
                .from(OPPORTUNITY)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(OPPORTUNITY.ACCOUNT_ID))
                .join(STAGE).on(STAGE.ID.eq(OPPORTUNITY.STAGE_ID))
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(OPPORTUNITY.OWNER_ID))
                .where(condition, OPPORTUNITY.DELETED.isFalse())
                .orderBy(OPPORTUNITY.EXPECTED_CLOSE.asc(), OPPORTUNITY.TITLE.asc())
                .fetch(r -> new OpportunitySummary(mapping.read(r.into(OPPORTUNITY)), r.get(ACCOUNT.NAME),
                        r.get(STAGE.NAME), r.get(STAGE.PROBABILITY), r.get(SALES_REP.NAME)));
    }
}
