package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.CONTACT;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.ContactRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class ContactRepository extends Entities<Contact, ContactRecord> {
    ContactRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.CONTACTS, capture, clock);
    }

    public List<Contact> ofAccount(UUID accountId) {
        return where(CONTACT.ACCOUNT_ID.eq(accountId), CONTACT.NAME.asc());
    }

    /** Every live contact with its account's name. */
    public List<ContactSummary> summaries() {
        return summaries(DSL.noCondition());
    }

    public List<ContactSummary> summariesOfAccount(UUID accountId) {
        return summaries(CONTACT.ACCOUNT_ID.eq(accountId));
    }

    private List<ContactSummary> summaries(Condition condition) {
        return db.select(CONTACT.asterisk(), ACCOUNT.NAME)
                .from(CONTACT)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT.ACCOUNT_ID))
                .where(condition, CONTACT.DELETED.isFalse())
                .orderBy(CONTACT.NAME.asc())
                .fetch(r -> new ContactSummary(mapping.read(r.into(CONTACT)), r.get(ACCOUNT.NAME)));
    }
}
