package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.CONTACT;
import static org.fieldbook.store.jooq.Tables.LEAD;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
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

    /** Per assignment rule, per rep: how many live leads the rule gave that rep (and the rep still owns). */
    public java.util.Map<java.util.UUID, java.util.Map<java.util.UUID, Long>> assignedCounts() {
        java.util.Map<java.util.UUID, java.util.Map<java.util.UUID, Long>> counts = new java.util.HashMap<>();
        db.select(LEAD.ASSIGNMENT_RULE_ID, LEAD.OWNER_ID, org.jooq.impl.DSL.count())
                .from(LEAD)
                .where(LEAD.DELETED.isFalse(), LEAD.ASSIGNMENT_RULE_ID.isNotNull(), LEAD.OWNER_ID.isNotNull())
                .groupBy(LEAD.ASSIGNMENT_RULE_ID, LEAD.OWNER_ID)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new java.util.HashMap<>())
                        .put(r.value2(), r.value3().longValue()));
        return counts;
    }

    /** Every live lead with its owner's name and what it was converted to, newest first. */
    public List<LeadSummary> summaries() {
        return db.select(LEAD.asterisk(), SALES_REP.NAME, ACCOUNT.NAME, CONTACT.NAME, OPPORTUNITY.TITLE)
                .from(LEAD)
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(LEAD.OWNER_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(LEAD.CONVERTED_ACCOUNT_ID), ACCOUNT.DELETED.isFalse())
                .leftJoin(CONTACT).on(CONTACT.ID.eq(LEAD.CONVERTED_CONTACT_ID), CONTACT.DELETED.isFalse())
                .leftJoin(OPPORTUNITY).on(OPPORTUNITY.ID.eq(LEAD.CONVERTED_OPPORTUNITY_ID),
                        OPPORTUNITY.DELETED.isFalse())
                .where(LEAD.DELETED.isFalse())
                .orderBy(LEAD.CREATED_AT.desc(), LEAD.ID.desc())
                .fetch(r -> new LeadSummary(mapping.read(r.into(LEAD)), r.get(SALES_REP.NAME), r.get(ACCOUNT.NAME),
                        r.get(CONTACT.NAME), r.get(OPPORTUNITY.TITLE)));
    }
}
