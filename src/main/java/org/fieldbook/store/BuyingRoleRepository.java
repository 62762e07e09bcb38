package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACTIVITY;
import static org.fieldbook.store.jooq.Tables.CONTACT;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY_CONTACT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.BuyingRoleSummary;
import org.fieldbook.domain.OpportunityContact;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.OpportunityContactRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Contacts' buying roles on opportunities ({@code opportunity_contact}). */
public final class BuyingRoleRepository extends Entities<OpportunityContact, OpportunityContactRecord> {
    BuyingRoleRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.OPPORTUNITY_CONTACTS, capture, clock);
    }

    /** The roles on one opportunity, by contact name. */
    public List<BuyingRoleSummary> ofOpportunity(UUID opportunityId) {
        return db.select(OPPORTUNITY_CONTACT.asterisk(), CONTACT.NAME, CONTACT.TITLE)
                .from(OPPORTUNITY_CONTACT)
                .join(CONTACT).on(CONTACT.ID.eq(OPPORTUNITY_CONTACT.CONTACT_ID))
                .where(OPPORTUNITY_CONTACT.OPPORTUNITY_ID.eq(opportunityId), OPPORTUNITY_CONTACT.DELETED.isFalse(),
                        CONTACT.DELETED.isFalse())
                .orderBy(CONTACT.NAME, OPPORTUNITY_CONTACT.BUYING_ROLE)
                .fetch(r -> new BuyingRoleSummary(mapping.read(r.into(OPPORTUNITY_CONTACT)), r.get(CONTACT.NAME),
                        r.get(CONTACT.TITLE)));
    }

    public boolean hasDecisionMaker(UUID opportunityId) {
        return db.fetchExists(OPPORTUNITY_CONTACT, OPPORTUNITY_CONTACT.OPPORTUNITY_ID.eq(opportunityId),
                OPPORTUNITY_CONTACT.BUYING_ROLE.eq(BuyingRole.DECISION_MAKER.name()),
                OPPORTUNITY_CONTACT.DELETED.isFalse());
    }

    /** One role of one contact on one live opportunity of an account, with the contact's newest done activity. */
    public record ChainRow(UUID contactId, String contactName, String title, BuyingRole role,
                           String opportunityTitle, java.time.Instant lastTouch) {
    }

    /** Every role on the account's live opportunities, by role then contact. */
    public List<ChainRow> chainOfAccount(UUID accountId) {
        Field<OffsetDateTime> lastTouch = DSL.field(DSL.select(DSL.max(ACTIVITY.DONE_AT)).from(ACTIVITY)
                .where(ACTIVITY.CONTACT_ID.eq(CONTACT.ID), ACTIVITY.DELETED.isFalse())).as("last_touch");
        return db.select(CONTACT.ID, CONTACT.NAME, CONTACT.TITLE, OPPORTUNITY_CONTACT.BUYING_ROLE, OPPORTUNITY.TITLE,
                        lastTouch)
                .from(OPPORTUNITY_CONTACT)
                .join(OPPORTUNITY).on(OPPORTUNITY.ID.eq(OPPORTUNITY_CONTACT.OPPORTUNITY_ID))
                .join(CONTACT).on(CONTACT.ID.eq(OPPORTUNITY_CONTACT.CONTACT_ID))
                .where(OPPORTUNITY.ACCOUNT_ID.eq(accountId), OPPORTUNITY.DELETED.isFalse(),
                        OPPORTUNITY_CONTACT.DELETED.isFalse(), CONTACT.DELETED.isFalse())
                .orderBy(OPPORTUNITY_CONTACT.BUYING_ROLE, CONTACT.NAME, OPPORTUNITY.TITLE)
                .fetch(r -> new ChainRow(r.get(CONTACT.ID), r.get(CONTACT.NAME), r.get(CONTACT.TITLE),
                        BuyingRole.valueOf(r.get(OPPORTUNITY_CONTACT.BUYING_ROLE)), r.get(OPPORTUNITY.TITLE),
                        EntityMapping.fromDb(r.get(lastTouch))));
    }
}
