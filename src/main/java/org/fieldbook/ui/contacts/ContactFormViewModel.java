package org.fieldbook.ui.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.EmailAddress;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.ContactService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableChange;

/** The contact editor: a new contact (of an account, if one is given) or an existing one. */
public final class ContactFormViewModel {
    static final String NAME = "name";
    static final String EMAIL = "email";

    private final ContactService contacts;
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;

    private final ObjectProperty<Choice> account = new SimpleObjectProperty<>(this, "account");
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty jobTitle = new SimpleStringProperty(this, "title", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty email = new SimpleStringProperty(this, EMAIL, "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<Choice> accountChoices = FXCollections.observableArrayList();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private Editing<Contact> editing;

    public ContactFormViewModel(ContactService contacts, AccountService accounts, BackgroundRunner runner,
                                ErrorReporter errors, Messages messages, UndoStack undo, DataRevision revision,
                                Announcer announcer) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
        name.addListener((obs, old, text) -> checkName());
        email.addListener((obs, old, text) -> checkEmail());
        checkName();
        canSave.bind(Bindings.createBooleanBinding(() -> ready.get() && !saving.get() && fieldErrors.isValid(),
                ready, saving, fieldErrors.validProperty()));
    }

    private void checkName() {
        fieldErrors.edited(NAME);
        fieldErrors.check(NAME, isBlank(name.get()) ? "validation.name.required" : null);
    }

    private void checkEmail() {
        fieldErrors.edited(EMAIL);
        fieldErrors.check(EMAIL, !isBlank(email.get()) && !EmailAddress.isValid(email.get())
                ? "validation.email.invalid" : null);
    }

    /** Prepares a blank contact; {@code accountId} preselects its account, or is null. */
    public void startNew(UUID accountId) {
        runner.run(() -> new Start(readAccountChoices(), null), start -> {
            fill(start);
            account.set(find(accountId));
        }, errors::report);
    }

    public void startEdit(UUID id) {
        runner.run(() -> new Start(readAccountChoices(), contacts.edit(id)), this::fill, errors::report);
    }

    private List<Choice> readAccountChoices() {
        return accounts.list().stream().map(a -> new Choice(a.account().id(), a.account().name())).toList();
    }

    private record Start(List<Choice> accounts, Editing<Contact> editing) {
    }

    private void fill(Start start) {
        accountChoices.setAll(start.accounts());
        editing = start.editing();
        if (editing != null) {
            Contact c = editing.original();
            account.set(find(c.accountId()));
            name.set(text(c.name()));
            jobTitle.set(text(c.title()));
            department.set(text(c.department()));
            email.set(text(c.primaryEmail()));
            phone.set(text(c.primaryPhone()));
            notes.set(text(c.notes()));
        }
        ready.set(true);
    }

    private Choice find(UUID id) {
        return id == null ? null
                : accountChoices.stream().filter(choice -> choice.id().equals(id)).findFirst().orElse(null);
    }

    /** The contact as the form describes it; addresses and numbers beyond the first are kept as they were. */
    Contact edited() {
        Contact base = editing != null ? editing.original() : Contact.create(null, name.get());
        return new Contact(base.id(), account.get() == null ? null : account.get().id(), name.get().strip(),
                blankToNull(jobTitle.get()), blankToNull(department.get()), replaceFirst(base.emails(), email.get()),
                replaceFirst(base.phones(), phone.get()), blankToNull(notes.get()), base.createdAt(),
                base.updatedAt());
    }

    private static List<String> replaceFirst(List<String> values, String first) {
        List<String> result = new ArrayList<>(values);
        if (!result.isEmpty()) {
            result.remove(0);
        }
        if (!isBlank(first)) {
            result.add(0, first.strip());
        }
        return result;
    }

    /** Saves when valid, calling {@code saved} with the stored contact; false (nothing saved) otherwise. */
    public boolean save(Consumer<Contact> saved) {
        if (!canSave.get()) {
            return false;
        }
        Contact edited = edited();
        Editing<Contact> started = editing;
        saving.set(true);
        runner.run(() -> started == null ? contacts.create(edited) : contacts.update(started, edited), stored -> {
            saving.set(false);
            if (started == null) {
                undo.push(UndoableChange.of(messages.get("undo.createContact", stored.name()),
                        () -> contacts.delete(stored.id(), contacts.edit(stored.id()).versions())));
            } else {
                Contact before = started.original();
                undo.push(UndoableChange.of(messages.get("undo.editContact", stored.name()),
                        () -> contacts.update(contacts.edit(before.id()), before)));
            }
            revision.changed();
            announcer.announce(messages.get("status.savedContact", stored.name()));
            saved.accept(stored);
        }, failure -> {
            saving.set(false);
            if (failure instanceof RuleViolation violation) {
                fieldErrors.refusedBy(violation);
            } else {
                errors.report(failure);
            }
        });
        return true;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public ObjectProperty<Choice> accountProperty() {
        return account;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Choice> accountChoices() {
        return accountChoices;
    }

    public FieldErrors errors() {
        return fieldErrors;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
