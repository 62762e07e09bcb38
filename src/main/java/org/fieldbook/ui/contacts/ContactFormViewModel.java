package org.fieldbook.ui.contacts;

import static org.fieldbook.ui.common.FieldText.blankToNull;
import static org.fieldbook.ui.common.FieldText.isBlank;
import static org.fieldbook.ui.common.FieldText.orEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.EmailAddress;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.ContactService;
import org.fieldbook.service.CustomFieldService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.CustomFieldsForm;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.FormState;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableSave;

/** The contact editor: a new contact (of an account, if one is given) or an existing one. */
public final class ContactFormViewModel {
    static final String NAME = "name";
    static final String EMAIL = "email";

    private final ContactService contacts;
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final FormState form;
    private final UndoableSave<Contact> undoableSave;

    private final ObjectProperty<Choice> account = new SimpleObjectProperty<>(this, "account");
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty jobTitle = new SimpleStringProperty(this, "title", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty email = new SimpleStringProperty(this, EMAIL, "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<Choice> accountChoices = FXCollections.observableArrayList();
    private Editing<Contact> editing;
    private final CustomFieldService customFieldService;
    private final CustomFieldsForm customFields;
    private final String currency;

    public ContactFormViewModel(ContactService contacts, AccountService accounts, BackgroundRunner runner,
                                ErrorReporter errors, Messages messages, UndoStack undo, DataRevision revision,
                                Announcer announcer) {
        this(contacts, accounts, runner, errors, messages, undo, revision, announcer, null, null);
    }

    /**
     * With {@code customFieldService} (or null for none) the form also shows the contacts' custom fields; an
     * amount in one of them is in {@code currency} (null: the usual one of the user's country).
     */
    public ContactFormViewModel(ContactService contacts, AccountService accounts, BackgroundRunner runner,
                                ErrorReporter errors, Messages messages, UndoStack undo, DataRevision revision,
                                Announcer announcer, CustomFieldService customFieldService, String currency) {
        this.customFieldService = customFieldService;
        this.currency = currency != null ? currency
                : org.fieldbook.domain.Currencies.defaultFor(messages.locale());
        this.contacts = contacts;
        this.accounts = accounts;
        this.runner = runner;
        this.errors = errors;
        form = new FormState(runner, errors);
        customFields = new CustomFieldsForm(form, new org.fieldbook.ui.common.Formats(messages.locale()));
        undoableSave = new UndoableSave<>(form,
                new UndoableSave.Records<>(contacts::create, contacts::update,
                        created -> contacts.delete(created.id(), contacts.edit(created.id()).versions()),
                        (before, edited) -> contacts.update(contacts.edit(before.id()), before), Contact::name),
                new UndoableSave.Wording("undo.createContact", "undo.editContact", "status.savedContact"),
                messages, undo, revision, announcer);
        name.addListener((obs, old, text) -> checkName());
        email.addListener((obs, old, text) -> checkEmail());
        checkName();
    }

    private void checkName() {
        form.check(NAME, isBlank(name.get()) ? "validation.name.required" : null);
    }

    private void checkEmail() {
        form.check(EMAIL, !isBlank(email.get()) && !EmailAddress.isValid(email.get())
                ? "validation.email.invalid" : null);
    }

    /** Prepares a blank contact; {@code accountId} preselects its account, or is null. */
    public void startNew(UUID accountId) {
        runner.run(() -> new Start(readAccountChoices(), null, customFieldsOf()), start -> {
            fill(start);
            account.set(find(accountId));
        }, errors::report);
    }

    public void startEdit(UUID id) {
        runner.run(() -> new Start(readAccountChoices(), contacts.edit(id), customFieldsOf()), this::fill,
                errors::report);
    }

    private List<Choice> readAccountChoices() {
        return accounts.list().stream().map(a -> new Choice(a.account().id(), a.account().name())).toList();
    }

    private List<CustomFieldDefinition> customFieldsOf() {
        return customFieldService == null ? List.of() : customFieldService.fields("contact");
    }

    private record Start(List<Choice> accounts, Editing<Contact> editing, List<CustomFieldDefinition> fields) {
    }

    private void fill(Start start) {
        accountChoices.setAll(start.accounts());
        editing = start.editing();
        if (editing != null) {
            Contact c = editing.original();
            account.set(find(c.accountId()));
            name.set(orEmpty(c.name()));
            jobTitle.set(orEmpty(c.title()));
            department.set(orEmpty(c.department()));
            email.set(orEmpty(c.primaryEmail()));
            phone.set(orEmpty(c.primaryPhone()));
            notes.set(orEmpty(c.notes()));
        }
        customFields.show(start.fields(), editing == null ? CustomValues.NONE : editing.original().customFields(),
                currency);
        form.ready();
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
                base.updatedAt(), customFields.values());
    }

    /** The custom fields of contacts, as this form shows them. */
    public CustomFieldsForm customFields() {
        return customFields;
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
        return undoableSave.save(editing, this::edited, saved);
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
        return form.errors();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return form.readyProperty();
    }

    /** True while OK cannot be taken: the form is reading what it edits, or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return form.busyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return form.canSaveProperty();
    }
}
