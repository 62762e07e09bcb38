package org.fieldbook.ui.leads;

import static org.fieldbook.ui.common.FieldText.blankToNull;
import static org.fieldbook.ui.common.FieldText.isBlank;
import static org.fieldbook.ui.common.FieldText.orEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.EmailAddress;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.service.CustomFieldService;
import org.fieldbook.service.LeadService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.AssignmentRuleText;
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

/** The lead editor: a new lead (status New, owned by me) or an existing one. */
public final class LeadFormViewModel {
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String SCORE = "score";
    /** The statuses a user sets; Converted comes only from converting. */
    static final List<LeadStatus> SETTABLE = List.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.QUALIFIED,
            LeadStatus.DISQUALIFIED);

    private final LeadService leads;
    private final PipelineService pipelines;
    private final ProfileService profiles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final FormState form;
    private final UndoableSave<Lead> undoableSave;
    private final CustomFieldService customFieldService;
    private final CustomFieldsForm customFields;

    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty email = new SimpleStringProperty(this, EMAIL, "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObjectProperty<ChannelChoice> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<LeadStatus> status = new SimpleObjectProperty<>(this, "status", LeadStatus.NEW);
    private final StringProperty score = new SimpleStringProperty(this, SCORE, "");
    private final ObjectProperty<SalesRep> owner = new SimpleObjectProperty<>(this, "owner");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final ReadOnlyStringWrapper assignedBy = new ReadOnlyStringWrapper(this, "assignedBy", "");
    private final Messages messages;
    /** What the form said of the owner when it was filled: the rule that chose them, or that the rules will. */
    private String ownerNote = "";
    private final ObservableList<ChannelChoice> channels = FXCollections.observableArrayList();
    private final ObservableList<LeadStatus> statuses = FXCollections.observableArrayList(SETTABLE);
    private final ObservableList<SalesRep> owners = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper converted = new ReadOnlyBooleanWrapper();
    private Editing<Lead> editing;

    public LeadFormViewModel(LeadService leads, PipelineService pipelines, ProfileService profiles,
                             BackgroundRunner runner, ErrorReporter errors, Messages messages, UndoStack undo,
                             DataRevision revision, Announcer announcer, CustomFieldService customFieldService,
                             Formats formats) {
        this.leads = leads;
        this.customFieldService = customFieldService;
        this.pipelines = pipelines;
        this.profiles = profiles;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        form = new FormState(runner, errors);
        customFields = new CustomFieldsForm(form, formats);
        undoableSave = new UndoableSave<>(form,
                new UndoableSave.Records<>(leads::create, leads::update,
                        created -> leads.delete(created.id(), leads.edit(created.id()).versions()),
                        (before, edited) -> leads.update(leads.edit(before.id()), before), Lead::name),
                new UndoableSave.Wording("undo.createLead", "undo.editLead", "status.savedLead"),
                messages, undo, revision, announcer);
        name.addListener((obs, old, text) -> checkName());
        email.addListener((obs, old, text) -> checkEmail());
        score.addListener((obs, old, text) -> checkScore());
        checkName();
        owner.addListener((obs, old, now) -> noteOwner());
    }

    /** The note under the owner holds while the owner is the one the form started with, or still none. */
    private void noteOwner() {
        boolean unchanged = editing == null ? owner.get() == null
                : java.util.Objects.equals(owner.get() == null ? null : owner.get().id(), editing.original().ownerId());
        assignedBy.set(unchanged ? ownerNote : "");
    }

    private void checkName() {
        form.check(NAME, isBlank(name.get()) ? "validation.name.required" : null);
    }

    private void checkEmail() {
        form.check(EMAIL, !isBlank(email.get()) && !EmailAddress.isValid(email.get().strip())
                ? "validation.email.invalid" : null);
    }

    private void checkScore() {
        form.check(SCORE, isBlank(score.get()) || parsedScore().isPresent() ? null : "validation.lead.score.range");
    }

    private Optional<Integer> parsedScore() {
        try {
            int value = Integer.parseInt(score.get().strip());
            return value >= 0 && value <= 100 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void startNew() {
        runner.run(() -> readStart(null), start -> {
            fill(start);
            UUID me = start.me();
            // with rules, a new lead waits for them to choose its owner; choosing one here keeps it
            owner.set(start.byRules() ? null
                    : owners.stream().filter(rep -> rep.id().equals(me)).findFirst().orElse(null));
            ownerNote = start.byRules() ? messages.get("lead.assignedByRules") : "";
            noteOwner();
        }, errors::report);
    }

    public void startEdit(UUID id) {
        runner.run(() -> readStart(id), this::fill, errors::report);
    }

    private Start readStart(UUID id) {
        var profile = profiles.profile();
        Editing<Lead> lead = id == null ? null : leads.edit(id);
        return new Start(leads.channels(), pipelines.reps(), profile.map(p -> p.me().id()).orElse(null),
                lead, customFieldService.fields("lead"),
                profile.map(ProfileService.Profile::defaultCurrency).orElse("EUR"),
                lead == null ? leads.assignsByRules() : false,
                lead == null ? Optional.empty() : leads.ruleOf(lead.original()));
    }

    private record Start(List<CustomChannel> channels, List<SalesRep> reps, UUID me, Editing<Lead> editing,
                         List<CustomFieldDefinition> fields, String currency, boolean byRules,
                         Optional<LeadService.RuleOfLead> rule) {
    }

    /** "Assigned by rule 2: Region North → Dita", or by a rule since removed. */
    private String describe(LeadService.RuleOfLead rule) {
        String text = AssignmentRuleText.describe(rule.rule(), rule.repNames(), messages);
        return rule.number() > 0 ? messages.get("lead.assignedBy", rule.number(), text)
                : messages.get("lead.assignedByRemoved", text);
    }

    private void fill(Start start) {
        editing = start.editing();
        List<ChannelChoice> offered = new ArrayList<>();
        offered.add(null);
        for (SourceChannel builtIn : SourceChannel.values()) {
            offered.add(new ChannelChoice(builtIn, null));
        }
        for (CustomChannel own : start.channels()) {
            offered.add(new ChannelChoice(null, own.name()));
        }
        owners.setAll(start.reps());
        if (editing != null) {
            Lead lead = editing.original();
            ChannelChoice current = ChannelChoice.of(lead);
            if (current != null && !offered.contains(current)) {
                offered.add(current); // a channel taken off the list since stays this lead's
            }
            channels.setAll(offered);
            name.set(orEmpty(lead.name()));
            company.set(orEmpty(lead.company()));
            email.set(orEmpty(lead.email()));
            phone.set(orEmpty(lead.phone()));
            channel.set(current);
            converted.set(lead.isConverted());
            if (lead.isConverted()) {
                statuses.setAll(LeadStatus.CONVERTED);
            }
            status.set(lead.status());
            score.set(lead.score() == null ? "" : Integer.toString(lead.score()));
            region.set(orEmpty(lead.region()));
            ownerNote = start.rule().map(this::describe).orElse("");
            owner.set(lead.ownerId() == null ? null
                    : owners.stream().filter(rep -> rep.id().equals(lead.ownerId())).findFirst().orElse(null));
            noteOwner();
        } else {
            channels.setAll(offered);
        }
        customFields.show(start.fields(), editing == null ? CustomValues.NONE : editing.original().customFields(),
                start.currency());
        form.ready();
    }

    /** The lead as the form describes it; conversion links and times stay as they were. */
    Lead edited() {
        Lead base = editing != null ? editing.original() : Lead.create(name.get(), null, null, null);
        ChannelChoice chosen = channel.get();
        return base.withDetails(name.get().strip(), blankToNull(company.get()), blankToNull(email.get()),
                        blankToNull(phone.get()), null, status.get() == null ? LeadStatus.NEW : status.get(),
                        isBlank(score.get()) ? null : parsedScore().orElse(null),
                        owner.get() == null ? null : owner.get().id())
                .withChannel(chosen == null ? null : chosen.builtIn(), chosen == null ? null : chosen.custom())
                .withCustomFields(customFields.values())
                .withRegion(blankToNull(region.get()));
    }

    /** Saves when valid, calling {@code saved} with the stored lead; false (nothing saved) otherwise. */
    public boolean save(Consumer<Lead> saved) {
        return undoableSave.save(editing, this::edited, saved);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<ChannelChoice> channelProperty() {
        return channel;
    }

    public ObjectProperty<LeadStatus> statusProperty() {
        return status;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    public ObjectProperty<SalesRep> ownerProperty() {
        return owner;
    }

    public StringProperty regionProperty() {
        return region;
    }

    /** Which assignment rule chose the owner (or that the rules will choose one); empty once someone chose. */
    public ReadOnlyStringProperty assignedByProperty() {
        return assignedBy.getReadOnlyProperty();
    }

    ObservableList<ChannelChoice> channels() {
        return channels;
    }

    public ObservableList<LeadStatus> statuses() {
        return statuses;
    }

    public ObservableList<SalesRep> owners() {
        return owners;
    }

    /** True for a converted lead: its status is no longer the user's to set. */
    public ReadOnlyBooleanProperty convertedProperty() {
        return converted.getReadOnlyProperty();
    }

    /** The custom fields of leads, as this form shows them. */
    public CustomFieldsForm customFields() {
        return customFields;
    }

    public FieldErrors errors() {
        return form.errors();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return form.readyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return form.busyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return form.canSaveProperty();
    }
}
