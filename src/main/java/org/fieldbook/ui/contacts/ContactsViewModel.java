package org.fieldbook.ui.contacts;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.service.ContactService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.RecordListViewModel;
import org.fieldbook.ui.common.UndoStack;

/** The contacts screen: every contact with its account, and the ones matching the search. */
public final class ContactsViewModel extends RecordListViewModel<ContactSummary> {
    private final ContactService contacts;

    public ContactsViewModel(ContactService contacts, BackgroundRunner runner, ErrorReporter errors,
                             Messages messages, UndoStack undo, DataRevision revision, Announcer announcer) {
        super(runner, errors, messages, undo, revision, announcer, new Wording("contacts.summary",
                "contacts.summaryFiltered", "undo.deleteContact", "status.deletedContact"));
        this.contacts = contacts;
    }

    @Override
    protected List<ContactSummary> read() {
        return contacts.list();
    }

    @Override
    protected UUID idOf(ContactSummary row) {
        return row.contact().id();
    }

    @Override
    protected String nameOf(ContactSummary row) {
        return row.contact().name();
    }

    @Override
    protected String[] searchedText(ContactSummary row) {
        Contact contact = row.contact();
        return new String[] {contact.name(), contact.title(), contact.department(), row.accountName(),
            contact.primaryEmail(), contact.primaryPhone()};
    }

    @Override
    protected void moveToTrash(UUID id) {
        contacts.delete(id, contacts.edit(id).versions());
    }

    @Override
    protected void restore(UUID id) {
        contacts.restore(id);
    }
}
