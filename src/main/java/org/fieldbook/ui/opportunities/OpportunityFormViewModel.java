package org.fieldbook.ui.opportunities;

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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.domain.StageKind;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.CustomFieldService;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProductService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.CustomFieldsForm;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.FormState;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableSave;

/**
 * The opportunity editor. A new opportunity starts in the first stage of the first pipeline, in the user's
 * currency and owned by the user; a change of stage is saved as a move, with its history.
 */
public final class OpportunityFormViewModel {
    static final String TITLE = "title";
    static final String ACCOUNT = "account";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String CLOSE = "expectedClose";
    static final String STAGE = "stage";

    private final OpportunityService opportunities;
    private final AccountService accounts;
    private final PipelineService pipelines;
    private final ProfileService profiles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Formats formats;
    private final Clock clock;
    private final FormState form;
    private final UndoableSave<Opportunity> undoableSave;

    private final StringProperty title = new SimpleStringProperty(this, TITLE, "");
    private final ObjectProperty<Choice> account = new SimpleObjectProperty<>(this, ACCOUNT);
    private final ObjectProperty<Pipeline> pipeline = new SimpleObjectProperty<>(this, "pipeline");
    private final ObjectProperty<PipelineStage> stage = new SimpleObjectProperty<>(this, STAGE);
    private final StringProperty amount = new SimpleStringProperty(this, AMOUNT, "");
    private final StringProperty currency = new SimpleStringProperty(this, CURRENCY, "");
    private final ObjectProperty<LocalDate> expectedClose = new SimpleObjectProperty<>(this, CLOSE);
    private final ObjectProperty<SalesRep> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<SourceChannel> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty lostReason = new SimpleStringProperty(this, "lostReason", "");
    private final ObservableList<Choice> accountChoices = FXCollections.observableArrayList();
    private final ObservableList<Pipeline> pipelineChoices = FXCollections.observableArrayList();
    private final ObservableList<PipelineStage> stageChoices = FXCollections.observableArrayList();
    private final ObservableList<SalesRep> owners = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList(Currencies.allCodes());
    private final ReadOnlyBooleanWrapper lostStage = new ReadOnlyBooleanWrapper();
    private Map<Pipeline, List<PipelineStage>> stagesByPipeline = Map.of();
    private Editing<Opportunity> editing;
    private UUID me;
    private final CustomFieldService customFieldService;
    private final CustomFieldsForm customFields;
    private final ProductService products;
    private final LineItemsViewModel lineItems;
    private List<OpportunityLine> originalLines = List.of();

    public OpportunityFormViewModel(OpportunityService opportunities, AccountService accounts,
                                    PipelineService pipelines, ProfileService profiles, BackgroundRunner runner,
                                    ErrorReporter errors, Messages messages, Formats formats, UndoStack undo,
                                    DataRevision revision, Announcer announcer, Clock clock) {
        this(opportunities, accounts, pipelines, profiles, runner, errors, messages, formats, undo, revision,
                announcer, clock, null);
    }

    /** With {@code customFieldService} (or null for none) the form also shows the deals' custom fields. */
    public OpportunityFormViewModel(OpportunityService opportunities, AccountService accounts,
                                    PipelineService pipelines, ProfileService profiles, BackgroundRunner runner,
                                    ErrorReporter errors, Messages messages, Formats formats, UndoStack undo,
                                    DataRevision revision, Announcer announcer, Clock clock,
                                    CustomFieldService customFieldService) {
        this(opportunities, accounts, pipelines, profiles, runner, errors, messages, formats, undo, revision,
                announcer, clock, customFieldService, null);
    }

    /** With {@code products} (or null for none) the form also edits the deal's lines. */
    public OpportunityFormViewModel(OpportunityService opportunities, AccountService accounts,
                                    PipelineService pipelines, ProfileService profiles, BackgroundRunner runner,
                                    ErrorReporter errors, Messages messages, Formats formats, UndoStack undo,
                                    DataRevision revision, Announcer announcer, Clock clock,
                                    CustomFieldService customFieldService, ProductService products) {
        this.customFieldService = customFieldService;
        this.products = products;
        lineItems = new LineItemsViewModel(formats, messages, this::normalizedCurrency);
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.pipelines = pipelines;
        this.profiles = profiles;
        this.runner = runner;
        this.errors = errors;
        this.formats = formats;
        this.clock = clock;
        form = new FormState(runner, errors);
        customFields = new CustomFieldsForm(form, formats);
        undoableSave = new UndoableSave<>(form,
                new UndoableSave.Records<>(created -> opportunities.create(created,
                                products == null ? List.of() : lineItems.lines(), savedBy(created)),
                        (started, edited) -> opportunities.update(started, edited,
                                products == null ? null : lineItems.lines(), savedBy(edited)),
                        created -> opportunities.delete(created.id(), opportunities.edit(created.id()).versions()),
                        (before, edited) -> opportunities.update(opportunities.edit(before.id()), before,
                                products == null ? null : originalLines, savedBy(edited)),
                        Opportunity::title),
                new UndoableSave.Wording("undo.createOpportunity", "undo.editOpportunity", "status.savedOpportunity"),
                messages, undo, revision, announcer);
        title.addListener((obs, old, text) -> checkTitle());
        account.addListener((obs, old, choice) -> checkAccount());
        amount.addListener((obs, old, text) -> checkAmount());
        currency.addListener((obs, old, text) -> {
            checkCurrency();
            followLines();
        });
        lineItems.items().addListener((javafx.collections.ListChangeListener<OpportunityLine>) c -> followLines());
        expectedClose.addListener((obs, old, date) -> checkClose());
        stage.addListener((obs, old, chosen) -> checkStage());
        pipeline.addListener((obs, old, chosen) -> pipelineChosen(chosen));
        checkTitle();
        checkAccount();
        checkAmount();
        checkCurrency();
        checkClose();
        checkStage();
    }

    private void checkTitle() {
        form.check(TITLE, isBlank(title.get()) ? "validation.title.required" : null);
    }

    private void checkAccount() {
        form.check(ACCOUNT, account.get() == null ? "validation.account.required" : null);
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

    /** While the deal has lines its amount is their sum; without, it is what the user types. */
    private void followLines() {
        if (lineItems.hasLinesProperty().get()) {
            lineItems.sum().ifPresent(sum -> amount.set(formats.amount(sum.amount())));
        }
    }

    private void checkCurrency() {
        form.check(CURRENCY, Currencies.isValid(normalizedCurrency()) ? null : "validation.currency.invalid");
    }

    private String normalizedCurrency() {
        return currency.get() == null ? "" : currency.get().strip().toUpperCase(Locale.ROOT);
    }

    private void checkClose() {
        form.check(CLOSE, expectedClose.get() == null ? "validation.closeDate.required" : null);
    }

    private void checkStage() {
        form.check(STAGE, stage.get() == null ? "validation.stage.required" : null);
        lostStage.set(stage.get() != null && stage.get().kind() == StageKind.LOST);
    }

    private void pipelineChosen(Pipeline chosen) {
        List<PipelineStage> stages = chosen == null ? List.of() : stagesByPipeline.getOrDefault(chosen, List.of());
        PipelineStage current = stage.get();
        stageChoices.setAll(stages);
        if (current == null || !stages.contains(current)) {
            stage.set(stages.isEmpty() ? null : stages.get(0));
        }
    }

    /** Prepares a new opportunity, of {@code accountId} when one is given. */
    public void startNew(UUID accountId) {
        runner.run(() -> readStart(null), start -> {
            fill(start);
            account.set(findAccount(accountId));
            currency.set(start.profile().map(ProfileService.Profile::defaultCurrency)
                    .orElse(Currencies.defaultFor(formats.locale())));
            owner.set(findOwner(me));
        }, errors::report);
    }

    public void startEdit(UUID id) {
        runner.run(() -> readStart(id), this::fill, errors::report);
    }

    private Start readStart(UUID id) {
        List<OpportunityLine> lines = products == null || id == null ? List.of() : opportunities.lines(id);
        return new Start(accounts.list().stream().map(a -> new Choice(a.account().id(), a.account().name()))
                .toList(), pipelines.pipelinesWithStages(), pipelines.reps(), profiles.profile(),
                id == null ? null : opportunities.edit(id),
                customFieldService == null ? List.of() : customFieldService.fields("opportunity"),
                products == null ? List.of() : products.catalogue(), lines);
    }

    private record Start(List<Choice> accounts, Map<Pipeline, List<PipelineStage>> pipelines, List<SalesRep> reps,
                         Optional<ProfileService.Profile> profile, Editing<Opportunity> editing,
                         List<CustomFieldDefinition> fields, List<PricedProduct> catalogue,
                         List<OpportunityLine> lines) {
    }

    private void fill(Start start) {
        accountChoices.setAll(start.accounts());
        stagesByPipeline = start.pipelines();
        pipelineChoices.setAll(stagesByPipeline.keySet());
        owners.setAll(start.reps());
        me = start.profile().map(profile -> profile.me().id()).orElse(null);
        editing = start.editing();
        if (editing == null) {
            pipeline.set(pipelineChoices.isEmpty() ? null : pipelineChoices.get(0));
        } else {
            Opportunity o = editing.original();
            title.set(o.title());
            account.set(findAccount(o.accountId()));
            pipeline.set(pipelineChoices.stream().filter(p -> p.id().equals(o.pipelineId())).findFirst()
                    .orElse(null));
            stage.set(stageChoices.stream().filter(s -> s.id().equals(o.stageId())).findFirst().orElse(null));
            amount.set(o.amount() == null ? "" : formats.amount(o.amount().amount()));
            currency.set(o.amount() == null ? "" : o.amount().currency());
            expectedClose.set(o.expectedClose());
            owner.set(findOwner(o.ownerId()));
            source.set(o.sourceChannel());
            lostReason.set(o.lostReason() == null ? "" : o.lostReason());
        }
        customFields.show(start.fields(), editing == null ? CustomValues.NONE : editing.original().customFields(),
                start.profile().map(ProfileService.Profile::defaultCurrency)
                        .orElse(Currencies.defaultFor(formats.locale())));
        originalLines = start.lines();
        lineItems.show(start.catalogue(), products == null ? Map.of()
                : products.byId(LineItemsViewModel.productIds(start.lines())), start.lines());
        form.ready();
    }

    private Choice findAccount(UUID id) {
        return id == null ? null : accountChoices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private SalesRep findOwner(UUID id) {
        return id == null ? null : owners.stream().filter(rep -> rep.id().equals(id)).findFirst().orElse(null);
    }

    /** The opportunity as the form describes it. */
    Opportunity edited() {
        Money money = new Money(formats.parseAmount(amount.get()).orElseThrow(), normalizedCurrency());
        UUID ownerId = owner.get() == null ? null : owner.get().id();
        String reason = lostStage.get() && !isBlank(lostReason.get()) ? lostReason.get().strip() : null;
        if (editing == null) {
            Opportunity created = Opportunity.create(account.get().id(), stage.get(), title.get().strip(), money,
                    expectedClose.get(), ownerId);
            // a deal entered straight into Won or Lost is closed from the start
            Opportunity placed = stage.get().isOpen() ? created : created.movedTo(stage.get(), clock.instant());
            return withDetails(placed, source.get(), reason).withCustomFields(customFields.values());
        }
        Opportunity o = editing.original();
        return new Opportunity(o.id(), account.get().id(), stage.get().pipelineId(), stage.get().id(),
                title.get().strip(), money, expectedClose.get(), ownerId, source.get(), o.status(), reason,
                o.closedAt(), o.position(), o.createdAt(), o.updatedAt(), customFields.values());
    }

    private static Opportunity withDetails(Opportunity o, SourceChannel channel, String reason) {
        return new Opportunity(o.id(), o.accountId(), o.pipelineId(), o.stageId(), o.title(), o.amount(),
                o.expectedClose(), o.ownerId(), channel, o.status(), reason, o.closedAt(), o.position(),
                o.createdAt(), o.updatedAt(), o.customFields());
    }

    /** The deal's lines, or null when this form does not edit lines. */
    public LineItemsViewModel lineItems() {
        return products == null ? null : lineItems;
    }

    /** The custom fields of deals, as this form shows them. */
    public CustomFieldsForm customFields() {
        return customFields;
    }

    /** Saves when valid, calling {@code saved} with the stored opportunity; false (nothing saved) otherwise. */
    public boolean save(Consumer<Opportunity> saved) {
        return undoableSave.save(editing, this::edited, saved);
    }

    /** Who a save is recorded as made by: the user, or the deal's owner while no profile is set up. */
    private UUID savedBy(Opportunity edited) {
        return me != null ? me : edited.ownerId();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Choice> accountProperty() {
        return account;
    }

    public ObjectProperty<Pipeline> pipelineProperty() {
        return pipeline;
    }

    public ObjectProperty<PipelineStage> stageProperty() {
        return stage;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<LocalDate> expectedCloseProperty() {
        return expectedClose;
    }

    public ObjectProperty<SalesRep> ownerProperty() {
        return owner;
    }

    public ObjectProperty<SourceChannel> sourceProperty() {
        return source;
    }

    public StringProperty lostReasonProperty() {
        return lostReason;
    }

    /** True when the chosen stage is a lost one, so the form asks why. */
    public ReadOnlyBooleanProperty lostStageProperty() {
        return lostStage.getReadOnlyProperty();
    }

    public ObservableList<Choice> accountChoices() {
        return accountChoices;
    }

    public ObservableList<Pipeline> pipelineChoices() {
        return pipelineChoices;
    }

    public ObservableList<PipelineStage> stageChoices() {
        return stageChoices;
    }

    public ObservableList<SalesRep> owners() {
        return owners;
    }

    public ObservableList<String> currencies() {
        return currencies;
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
