package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.STAGE_CHANGE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.StageChange;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.StageChangeRecord;
import org.jooq.DSLContext;

public final class StageChangeRepository extends Entities<StageChange, StageChangeRecord> {
    StageChangeRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.STAGE_CHANGES, capture, clock);
    }

    /** The stage history of one opportunity, oldest first. */
    public List<StageChange> ofOpportunity(UUID opportunityId) {
        return where(STAGE_CHANGE.OPPORTUNITY_ID.eq(opportunityId), STAGE_CHANGE.CHANGED_AT.asc());
    }
}
