package org.fieldbook.ui.accounts;

import static org.fieldbook.ui.common.FieldText.blankToNull;
import static org.fieldbook.ui.common.FieldText.isBlank;
import static org.fieldbook.ui.common.FieldText.orEmpty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.CustomFieldService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.CustomFieldsForm;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.FormState;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableSave;

/** The account editor: a new account, or an existing one edited from the versions it was read at. */
public final class AccountFormViewModel {
    static final String NAME = "name";
    static final String EMPLOYEES = "employees";
    static final String WEBSITE = "website";

    private final AccountService accounts;
    private final PipelineService reference;
    private final ProfileService profiles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Formats formats;
    private final FormState form;
    private final UndoableSave<Account> undoableSave;

    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty industry = new SimpleStringProperty(this, "industry", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty employees = new SimpleStringProperty(this, EMPLOYEES, "");
    private final StringProperty website = new SimpleStringProperty(this, WEBSITE, "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty tier = new SimpleStringProperty(this, "tier", "");
    private final ObjectProperty<SalesRep> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<SourceChannel> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<SalesRep> owners = FXCollections.observableArrayList();
    private Editing<Account> editing;
    private final CustomFieldService customFieldService;
    private final CustomFieldsForm customFields;

    public AccountFormViewModel(AccountService accounts, PipelineService reference, ProfileService profiles,
                                BackgroundRunner runner, ErrorReporter errors, Messages messages, Formats formats,
                                UndoStack undo, DataRevision revision, Announcer announcer) {
        this(accounts, reference, profiles, runner, errors, messages, formats, undo, revision, announcer, null);
    }

    /** With {@code customFieldService} (or null for none) the form also shows the accounts' custom fields. */
    public AccountFormViewModel(AccountService accounts, PipelineService reference, ProfileService profiles,
                                BackgroundRunner runner, ErrorReporter errors, Messages messages, Formats formats,
                                UndoStack undo, DataRevision revision, Announcer announcer,
                                CustomFieldService customFieldService) {
        this.customFieldService = customFieldService;
        this.accounts = accounts;
        this.reference = reference;
        this.profiles = profiles;
        this.runner = runner;
        this.errors = errors;
        this.formats = formats;
        form = new FormState(runner, errors);
        customFields = new CustomFieldsForm(form, formats);
        undoableSave = new UndoableSave<>(form,
                new UndoableSave.Records<>(accounts::create, accounts::update,
                        created -> accounts.delete(created.id(), accounts.edit(created.id()).versions()),
                        (before, edited) -> accounts.update(accounts.edit(before.id()), before), Account::name),
                new UndoableSave.Wording("undo.createAccount", "undo.editAccount", "status.savedAccount"),
                messages, undo, revision, announcer);
        name.addListener((obs, old, text) -> checkName());
        employees.addListener((obs, old, text) -> checkEmployees());
        website.addListener((obs, old, text) -> checkWebsite());
        checkName();
    }

    private void checkName() {
        form.check(NAME, isBlank(name.get()) ? "validation.name.required" : null);
    }

    private void checkEmployees() {
        String key = null;
        if (!isBlank(employees.get())) {
            Optional<BigDecimal> number = formats.parseAmount(employees.get());
            if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0
                    || number.get().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                key = "validation.employees.invalid";
            } else if (number.get().signum() < 0) {
                key = "validation.employees.negative";
            }
        }
        form.check(EMPLOYEES, key);
    }

    private void checkWebsite() {
        form.check(WEBSITE, !isBlank(website.get()) && website.get().strip().contains(" ")
                ? "validation.website.invalid" : null);
    }

    /** Prepares a blank account owned by the user. */
    public void startNew() {
        runner.run(() -> new Start(reference.reps(), profiles.profile().map(p -> p.me()).orElse(null), null,
                customFieldsOf(), currency()), this::fill, errors::report);
    }

    /** Reads the account and the versions of its fields: what the edit's changes will be based on. */
    public void startEdit(UUID id) {
        runner.run(() -> new Start(reference.reps(), null, accounts.edit(id), customFieldsOf(), currency()),
                this::fill, errors::report);
    }

    private List<CustomFieldDefinition> customFieldsOf() {
        return customFieldService == null ? List.of() : customFieldService.fields("account");
    }

    private String currency() {
        return profiles.profile().map(ProfileService.Profile::defaultCurrency)
                .orElse(org.fieldbook.domain.Currencies.defaultFor(formats.locale()));
    }

    private record Start(List<SalesRep> reps, SalesRep me, Editing<Account> editing,
                         List<CustomFieldDefinition> fields, String currency) {
    }

    private void fill(Start start) {
        owners.setAll(start.reps());
        editing = start.editing();
        if (editing == null) {
            owner.set(find(start.me() == null ? null : start.me().id()));
        } else {
            Account a = editing.original();
            name.set(orEmpty(a.name()));
            industry.set(orEmpty(a.industry()));
            region.set(orEmpty(a.region()));
            employees.set(a.employees() == null ? "" : formats.integer(a.employees()));
            website.set(orEmpty(a.website()));
            phone.set(orEmpty(a.phone()));
            address.set(orEmpty(a.address()));
            tier.set(orEmpty(a.tier()));
            owner.set(find(a.ownerId()));
            source.set(a.sourceChannel());
        }
        customFields.show(start.fields(), editing == null ? CustomValues.NONE : editing.original().customFields(),
                start.currency());
        form.ready();
    }

    private SalesRep find(UUID id) {
        return id == null ? null : owners.stream().filter(rep -> rep.id().equals(id)).findFirst().orElse(null);
    }

    /** The account as the form now describes it. */
    Account edited() {
        Account base = editing != null ? editing.original() : Account.create(name.get(), null);
        Integer employeeCount = formats.parseAmount(employees.get()).map(BigDecimal::intValueExact).orElse(null);
        return new Account(base.id(), name.get().strip(), blankToNull(industry.get()), employeeCount,
                blankToNull(region.get()), blankToNull(address.get()), blankToNull(website.get()),
                blankToNull(phone.get()), owner.get() == null ? null : owner.get().id(), blankToNull(tier.get()),
                source.get(), base.createdAt(), base.updatedAt(), customFields.values());
    }

    /** The custom fields of accounts, as this form shows them. */
    public CustomFieldsForm customFields() {
        return customFields;
    }

    /**
     * Saves when the form is valid and calls {@code saved} with the stored account; returns false (saving
     * nothing) while something is wrong. A rule the service enforces shows at its field.
     */
    public boolean save(Consumer<Account> saved) {
        return undoableSave.save(editing, this::edited, saved);
    }


    public boolean isNew() {
        return editing == null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty employeesProperty() {
        return employees;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty tierProperty() {
        return tier;
    }

    public ObjectProperty<SalesRep> ownerProperty() {
        return owner;
    }

    public ObjectProperty<SourceChannel> sourceProperty() {
        return source;
    }

    public ObservableList<SalesRep> owners() {
        return owners;
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

    /** False while the form is still reading, saving, or has something wrong. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return form.canSaveProperty();
    }
}
