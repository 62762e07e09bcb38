package org.fieldbook.ui.leads;

import static org.fieldbook.ui.common.FieldText.isBlank;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.service.LeadService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.FormState;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * Converting a lead: link the account whose name means the lead's company (offered first when there is one)
 * or make a new one, and open a deal in the first stage of a pipeline; all in one transaction of the service.
 */
public final class ConvertLeadViewModel {
    static final String ACCOUNT = "account";
    static final String TITLE = "title";
    static final String AMOUNT = "amount";
    static final String CLOSE = "expectedClose";
    static final String PIPELINE = "pipeline";
    private static final int DAYS_TO_CLOSE = 90;

    private final LeadService leads;
    private final PipelineService pipelines;
    private final ProfileService profiles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Formats formats;
    private final DataRevision revision;
    private final Announcer announcer;
    private final Clock clock;
    private final FormState form;

    private final BooleanProperty linkExisting = new SimpleBooleanProperty(this, "linkExisting");
    private final ObjectProperty<Choice> existingAccount = new SimpleObjectProperty<>(this, "existingAccount");
    private final StringProperty newAccountName = new SimpleStringProperty(this, "newAccountName", "");
    private final StringProperty title = new SimpleStringProperty(this, TITLE, "");
    private final StringProperty amount = new SimpleStringProperty(this, AMOUNT, "");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "");
    private final ObjectProperty<LocalDate> expectedClose = new SimpleObjectProperty<>(this, CLOSE);
    private final ObjectProperty<Pipeline> pipeline = new SimpleObjectProperty<>(this, PIPELINE);
    private final ObservableList<Choice> matches = FXCollections.observableArrayList();
    private final ObservableList<Pipeline> pipelineChoices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMatch = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper leadName = new ReadOnlyStringWrapper("");
    private UUID leadId;
    private UUID me;

    public ConvertLeadViewModel(LeadService leads, PipelineService pipelines, ProfileService profiles,
                                BackgroundRunner runner, ErrorReporter errors, Messages messages, Formats formats,
                                DataRevision revision, Announcer announcer, Clock clock) {
        this.leads = leads;
        this.pipelines = pipelines;
        this.profiles = profiles;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.revision = revision;
        this.announcer = announcer;
        this.clock = clock;
        form = new FormState(runner, errors);
        linkExisting.addListener((obs, old, link) -> checkAccount());
        existingAccount.addListener((obs, old, chosen) -> checkAccount());
        newAccountName.addListener((obs, old, text) -> checkAccount());
        title.addListener((obs, old, text) -> checkTitle());
        amount.addListener((obs, old, text) -> checkAmount());
        expectedClose.addListener((obs, old, date) -> checkClose());
        pipeline.addListener((obs, old, chosen) -> checkPipeline());
        checkAccount();
        checkTitle();
        checkAmount();
        checkClose();
        checkPipeline();
    }

    private void checkAccount() {
        boolean missing = linkExisting.get() ? existingAccount.get() == null : isBlank(newAccountName.get());
        form.check(ACCOUNT, missing ? "validation.account.required" : null);
    }

    private void checkTitle() {
        form.check(TITLE, isBlank(title.get()) ? "validation.title.required" : null);
    }

    private void checkAmount() {
        String key = null;
        if (isBlank(amount.get())) {
            key = "validation.amount.required";
        } else {
            Optional<BigDecimal> value = formats.parseAmount(amount.get());
            if (value.isEmpty()) {
                key = "validation.amount.invalid";
            } else if (value.get().signum() < 0) {
                key = "validation.amount.negative";
            }
        }
        form.check(AMOUNT, key);
    }

    private void checkClose() {
        form.check(CLOSE, expectedClose.get() == null ? "validation.closeDate.required" : null);
    }

    private void checkPipeline() {
        form.check(PIPELINE, pipeline.get() == null ? "validation.pipeline.required" : null);
    }

    /** Reads the lead, the accounts its company matches and the pipelines, and fills the form. */
    public void start(UUID id) {
        leadId = id;
        runner.run(() -> {
            Lead lead = leads.edit(id).original();
            String company = lead.company() == null ? "" : lead.company();
            List<Choice> found = leads.matchingAccounts(company).stream()
                    .map(a -> new Choice(a.account().id(), a.account().name())).toList();
            return new Start(lead, found, pipelines.pipelinesWithStages(), profiles.profile());
        }, this::fill, errors::report);
    }

    private record Start(Lead lead, List<Choice> matches, Map<Pipeline, List<PipelineStage>> pipelines,
                         Optional<ProfileService.Profile> profile) {
    }

    private void fill(Start start) {
        Lead lead = start.lead();
        leadName.set(lead.name());
        me = start.profile().map(p -> p.me().id()).orElse(null);
        matches.setAll(start.matches());
        hasMatch.set(!matches.isEmpty());
        existingAccount.set(matches.isEmpty() ? null : matches.get(0));
        linkExisting.set(!matches.isEmpty()); // the account that is there already is the first offer
        String company = isBlank(lead.company()) ? lead.name() : lead.company().strip();
        newAccountName.set(company);
        title.set(messages.get("lead.convert.defaultTitle", company));
        currency.set(start.profile().map(ProfileService.Profile::defaultCurrency)
                .orElse(Currencies.defaultFor(formats.locale())));
        expectedClose.set(LocalDate.now(clock).plusDays(DAYS_TO_CLOSE));
        pipelineChoices.setAll(start.pipelines().keySet());
        pipeline.set(pipelineChoices.isEmpty() ? null : pipelineChoices.get(0));
        form.ready();
    }

    /**
     * Converts when the form is valid and calls {@code converted} with what was made or linked; false (nothing
     * stored) otherwise.
     */
    public boolean convert(Consumer<LeadService.Converted> converted) {
        if (!form.canSave()) {
            return false;
        }
        LeadService.Conversion conversion = new LeadService.Conversion(leadId,
                linkExisting.get() ? existingAccount.get().id() : null,
                linkExisting.get() ? null : newAccountName.get().strip(), title.get().strip(),
                new Money(formats.parseAmount(amount.get()).orElseThrow(),
                        currency.get().toUpperCase(Locale.ROOT)), expectedClose.get(), pipeline.get().id(), me);
        form.save(() -> leads.convert(conversion), done -> {
            revision.changed();
            announcer.announce(messages.get(done.accountCreated() ? "status.convertedLeadNewAccount"
                    : "status.convertedLead", done.lead().name(), done.account().name()));
            converted.accept(done);
        });
        return true;
    }

    public BooleanProperty linkExistingProperty() {
        return linkExisting;
    }

    public ObjectProperty<Choice> existingAccountProperty() {
        return existingAccount;
    }

    public StringProperty newAccountNameProperty() {
        return newAccountName;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> expectedCloseProperty() {
        return expectedClose;
    }

    public ObjectProperty<Pipeline> pipelineProperty() {
        return pipeline;
    }

    public ObservableList<Choice> matches() {
        return matches;
    }

    public ObservableList<Pipeline> pipelineChoices() {
        return pipelineChoices;
    }

    /** True when an account of the same company is there to link. */
    public ReadOnlyBooleanProperty hasMatchProperty() {
        return hasMatch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leadNameProperty() {
        return leadName.getReadOnlyProperty();
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
