package org.fieldbook.ui.contacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.service.ContactService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableChange;

/** The contacts screen: every contact with its account, and the ones matching the search. */
public final class ContactsViewModel {
    private final ContactService contacts;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;

    private final ObservableList<ContactSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<ContactSummary> shownRows = new FilteredList<>(rows, row -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private long readAtRevision = -1;

    public ContactsViewModel(ContactService contacts, BackgroundRunner runner, ErrorReporter errors,
                             Messages messages, UndoStack undo, DataRevision revision, Announcer announcer) {
        this.contacts = contacts;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
        filter.addListener((obs, old, text) -> applyFilter(text));
        updateSummary();
    }

    public void shown() {
        if (readAtRevision != revision.current()) {
            reload();
        }
    }

    public void reload() {
        long asOf = revision.current();
        runner.run(contacts::list, list -> {
            readAtRevision = asOf;
            rows.setAll(list);
            updateSummary();
            loaded.set(true);
        }, errors::report);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        shownRows.setPredicate(needle.isEmpty() ? row -> true : row -> matches(row, needle));
        updateSummary();
    }

    static boolean matches(ContactSummary row, String needle) {
        Contact contact = row.contact();
        for (String value : new String[] {contact.name(), contact.title(), contact.department(),
                row.accountName(), contact.primaryEmail(), contact.primaryPhone()}) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private void updateSummary() {
        summary.set(shownRows.size() == rows.size()
                ? messages.get("contacts.summary", rows.size())
                : messages.get("contacts.summaryFiltered", shownRows.size(), rows.size()));
    }

    /** Moves the contact to the trash; Ctrl+Z restores it. */
    public void delete(ContactSummary row) {
        UUID id = row.contact().id();
        String name = row.contact().name();
        runner.run(() -> {
            contacts.delete(id, contacts.edit(id).versions());
            return name;
        }, deleted -> {
            undo.push(UndoableChange.of(messages.get("undo.deleteContact", name), () -> contacts.restore(id)));
            announcer.announce(messages.get("status.deletedContact", name));
            revision.changed();
            reload();
        }, failure -> {
            errors.report(failure);
            reload();
        });
    }

    public ContactSummary find(UUID id) {
        return rows.stream().filter(row -> row.contact().id().equals(id)).findFirst().orElse(null);
    }

    public FilteredList<ContactSummary> shownRows() {
        return shownRows;
    }

    public List<ContactSummary> allRows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
