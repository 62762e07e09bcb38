package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.OPPORTUNITY_LINE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.OpportunityLineRecord;
import org.jooq.DSLContext;

public final class OpportunityLineRepository extends Entities<OpportunityLine, OpportunityLineRecord> {
    OpportunityLineRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, ProductMappings.OPPORTUNITY_LINES, capture, clock);
    }

    /** A deal's live lines in their order (ties, from two devices adding at once, by id). */
    public List<OpportunityLine> ofOpportunity(UUID opportunityId) {
        return where(OPPORTUNITY_LINE.OPPORTUNITY_ID.eq(opportunityId), OPPORTUNITY_LINE.POSITION.asc(),
                OPPORTUNITY_LINE.ID.asc());
    }
}
