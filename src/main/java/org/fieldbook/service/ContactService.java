package org.fieldbook.service;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.store.Store;

/** Use cases of contacts; each is one transaction. */
public final class ContactService {
    private final Store store;

    public ContactService(Store store) {
        this.store = store;
    }

    public List<ContactSummary> list() {
        return store.read(tx -> tx.contacts().summaries());
    }

    public List<ContactSummary> ofAccount(UUID accountId) {
        return store.read(tx -> tx.contacts().summariesOfAccount(accountId));
    }

    public Editing<Contact> edit(UUID id) {
        return store.read(tx -> tx.contacts().edit(id));
    }

    public Contact create(Contact contact) {
        RuleViolation.throwIfAny(contact.violations());
        return store.write(tx -> {
            CustomFieldChecks.check(tx, "contact", contact.customFields());
            return tx.contacts().insert(contact);
        });
    }

    public Contact update(Editing<Contact> started, Contact edited) {
        RuleViolation.throwIfAny(edited.violations());
        return store.write(tx -> {
            CustomFieldChecks.check(tx, "contact", edited.customFields());
            return tx.contacts().update(started, edited);
        });
    }

    public void delete(UUID id, FieldVersions seen) {
        store.writeVoid(tx -> tx.contacts().delete(id, seen));
    }

    public Contact restore(UUID id) {
        return store.write(tx -> tx.contacts().restore(id));
    }
}
