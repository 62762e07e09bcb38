package org.fieldbook.ui.settings;

import org.fieldbook.domain.ApprovalRuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.service.ApprovalService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.ui.common.ApprovalWords;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * Edit → Team and approvals…: each rep's role (rep or manager), and the team's approval rules. Both are team
 * data and sync; only a manager changes them (anyone, while the team has no manager yet).
 */
public final class ApprovalSettingsViewModel {
    private final ApprovalService approvals;
    private final PipelineService pipelines;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Formats formats;
    private final ApprovalWords words;
    private final DataRevision revision;
    private final ObservableList<SalesRep> reps = FXCollections.observableArrayList();
    private final ObservableList<ApprovalRule> rules = FXCollections.observableArrayList();
    private final ObservableList<Choice> stages = FXCollections.observableArrayList();
    private final Map<UUID, String> stageNames = new java.util.HashMap<>();
    private final ObjectProperty<ApprovalRuleKind> kind = new SimpleObjectProperty<>(ApprovalRuleKind.DISCOUNT);
    private final StringProperty threshold = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final BooleanProperty onQuote = new SimpleBooleanProperty(true);
    private final ObjectProperty<Choice> stage = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper mayManage = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ApprovalSettingsViewModel(ApprovalService approvals, PipelineService pipelines, BackgroundRunner runner,
                                     ErrorReporter errors, Messages messages, Formats formats,
                                     DataRevision revision) {
        this.approvals = approvals;
        this.pipelines = pipelines;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.words = new ApprovalWords(messages, formats);
        this.revision = revision;
        currency.set(Currencies.defaultFor(formats.locale()));
    }

    private record Loaded(List<SalesRep> reps, List<ApprovalRule> rules, Map<Pipeline, List<PipelineStage>> stages,
                          boolean mayManage) {
    }

    public void load() {
        runner.run(() -> new Loaded(pipelines.reps(), approvals.rules(), pipelines.pipelinesWithStages(),
                approvals.mayManage()), loaded -> {
            reps.setAll(loaded.reps());
            rules.setAll(loaded.rules());
            List<Choice> choices = new ArrayList<>();
            stageNames.clear();
            loaded.stages().forEach((pipeline, list) -> list.forEach(s -> {
                String label = messages.dataName(pipeline.name()) + " › " + messages.dataName(s.name());
                stageNames.put(s.id(), label);
                choices.add(new Choice(s.id(), label));
            }));
            stages.setAll(choices);
            mayManage.set(loaded.mayManage());
        }, errors::report);
    }

    public void setRole(SalesRep rep, RepRole role) {
        if (rep.role() == role) {
            return;
        }
        runner.run(() -> approvals.setRole(rep.id(), role), saved -> changed(), this::failed);
    }

    /** Adds the rule the form describes, or says under it what is wrong. */
    public void addRule() {
        Optional<BigDecimal> value = formats.parseAmount(threshold.get() == null ? "" : threshold.get());
        if (value.isEmpty()) {
            problem.set(messages.get(kind.get() == ApprovalRuleKind.DISCOUNT ? "validation.approvalRule.percent"
                    : "validation.approvalRule.amount"));
            return;
        }
        UUID stageId = stage.get() == null ? null : stage.get().id();
        String code = currency.get() == null ? "" : currency.get().strip().toUpperCase(java.util.Locale.ROOT);
        ApprovalRule rule;
        try {
            rule = kind.get() == ApprovalRuleKind.DISCOUNT
                    ? ApprovalRule.discountAbove(value.get(), onQuote.get(), stageId)
                    : new ApprovalRule(org.fieldbook.domain.TimeOrderedId.next(), ApprovalRuleKind.AMOUNT,
                            value.get(), code, onQuote.get(), stageId);
        } catch (IllegalArgumentException e) {
            problem.set(messages.get("validation.currency.invalid"));
            return;
        }
        runner.run(() -> approvals.saveRule(rule), saved -> {
            threshold.set("");
            changed();
        }, this::failed);
    }

    public void removeRule(ApprovalRule rule) {
        if (rule != null) {
            runner.run(() -> {
                approvals.removeRule(rule.id());
                return null;
            }, done -> changed(), this::failed);
        }
    }

    /** "Discount above 15 % · before a quote, before New business › Negotiation". */
    public String describe(ApprovalRule rule) {
        List<String> guards = new ArrayList<>();
        if (rule.onQuote()) {
            guards.add(messages.get("approvalSettings.guard.quote"));
        }
        if (rule.stageId() != null) {
            guards.add(messages.get("approvalSettings.guard.stage",
                    stageNames.getOrDefault(rule.stageId(), "?")));
        }
        return words.rule(rule) + " · " + String.join(", ", guards);
    }

    private void changed() {
        problem.set("");
        revision.changed();
        load();
    }

    private void failed(Throwable failure) {
        if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
            problem.set(messages.get(violation.violations().get(0).messageKey()));
            load();
        } else {
            errors.report(failure);
        }
    }

    public ObservableList<SalesRep> reps() {
        return reps;
    }

    public ObservableList<ApprovalRule> rules() {
        return rules;
    }

    public ObservableList<Choice> stages() {
        return stages;
    }

    public ObjectProperty<ApprovalRuleKind> kindProperty() {
        return kind;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public BooleanProperty onQuoteProperty() {
        return onQuote;
    }

    public ObjectProperty<Choice> stageProperty() {
        return stage;
    }

    public ReadOnlyBooleanProperty mayManageProperty() {
        return mayManage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
