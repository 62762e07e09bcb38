package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.LEAD;
import static org.fieldbook.store.jooq.Tables.SALES_REP;

import java.time.Clock;
import java.util.List;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.LeadRecord;
import org.jooq.DSLContext;

public final class LeadRepository extends Entities<Lead, LeadRecord> {
    LeadRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.LEADS, capture, clock);
    }

    /** Every live lead with its owner's name, newest first. */
    public List<LeadSummary> summaries() {
        return db.select(LEAD.asterisk(), SALES_REP.NAME)
                .from(LEAD)
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(LEAD.OWNER_ID))
                .where(LEAD.DELETED.isFalse())
                .orderBy(LEAD.CREATED_AT.desc(), LEAD.ID.desc())
                .fetch(r -> new LeadSummary(mapping.read(r.into(LEAD)), r.get(SALES_REP.NAME)));
    }
}
