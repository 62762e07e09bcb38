package org.fieldbook.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.AssignmentRuleKind;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.service.AssignmentRuleService;
import org.fieldbook.service.LeadService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.ui.common.AssignmentRuleText;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;

/**
 * Edit › Lead assignment…: the team's rules as an ordered list being edited (add, remove, move up and down), and
 * the chosen rule's kind, values and reps. Every edit of the form changes the chosen rule in the list at once;
 * Save stores the whole list in one go, or says what is wrong with the first wrong rule and saves nothing.
 */
public final class AssignmentRulesViewModel {
    /** A value or rep that can be ticked for the chosen rule. */
    public static final class Pick<T> {
        private final T value;
        private final String label;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        Pick(T value, String label) {
            this.value = value;
            this.label = label;
        }

        public T value() {
            return value;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final AssignmentRuleService service;
    private final PipelineService pipelines;
    private final LeadService leads;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final DataRevision revision;
    private final ObservableList<AssignmentRule> rules = FXCollections.observableArrayList();
    private final ObservableList<Pick<String>> channels = FXCollections.observableArrayList();
    private final ObservableList<Pick<UUID>> reps = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ObjectProperty<AssignmentRuleKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty regions = new SimpleStringProperty(this, "regions", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Map<UUID, String> repNames = new LinkedHashMap<>();
    /** True while the form shows a rule: its own changes then are not edits. */
    private boolean showing;

    public AssignmentRulesViewModel(AssignmentRuleService service, PipelineService pipelines, LeadService leads,
                                    BackgroundRunner runner, ErrorReporter errors, Messages messages,
                                    DataRevision revision) {
        this.service = service;
        this.pipelines = pipelines;
        this.leads = leads;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.revision = revision;
        selected.addListener((obs, old, index) -> show(index.intValue()));
        kind.addListener((obs, old, now) -> edited());
        regions.addListener((obs, old, now) -> edited());
    }

    private record Start(List<AssignmentRule> rules, List<SalesRep> reps, List<CustomChannel> channels) {
    }

    public void load() {
        runner.run(() -> new Start(service.rules(), pipelines.reps(), leads.channels()), start -> {
            repNames.clear();
            start.reps().forEach(rep -> repNames.put(rep.id(), rep.name()));
            reps.setAll(start.reps().stream().map(rep -> pick(rep.id(), rep.name())).toList());
            List<Pick<String>> offered = new ArrayList<>();
            for (SourceChannel builtIn : SourceChannel.values()) {
                offered.add(pick(builtIn.name(), messages.name(builtIn)));
            }
            start.channels().forEach(own -> offered.add(pick(own.name(), own.name())));
            channels.setAll(offered);
            rules.setAll(start.rules());
            selected.set(-1);
            selected.set(rules.isEmpty() ? -1 : 0);
            problem.set("");
            loaded.set(true);
        }, errors::report);
    }

    private <T> Pick<T> pick(T value, String label) {
        Pick<T> pick = new Pick<>(value, label);
        pick.chosenProperty().addListener((obs, was, now) -> edited());
        return pick;
    }

    private void show(int index) {
        showing = true;
        try {
            AssignmentRule rule = index < 0 || index >= rules.size() ? null : rules.get(index);
            kind.set(rule == null ? null : rule.kind());
            regions.set(rule == null || rule.kind() != AssignmentRuleKind.REGION ? ""
                    : String.join(", ", rule.values()));
            channels.forEach(c -> c.chosenProperty().set(rule != null && rule.kind() == AssignmentRuleKind.CHANNEL
                    && rule.values().contains(c.value())));
            reps.forEach(r -> r.chosenProperty().set(rule != null && rule.repIds().contains(r.value())));
        } finally {
            showing = false;
        }
    }

    /** The chosen rule as the form now describes it, put in its place in the list. */
    private void edited() {
        int index = selected.get();
        if (showing || index < 0 || index >= rules.size() || kind.get() == null) {
            return;
        }
        AssignmentRule before = rules.get(index);
        List<String> values = switch (kind.get()) {
            case REGION -> Arrays.stream(regions.get().split("[,，;；\\n]")).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            case CHANNEL -> channels.stream().filter(c -> c.chosenProperty().get()).map(Pick::value).toList();
            case ROUND_ROBIN -> List.of();
        };
        List<UUID> chosenReps = new ArrayList<>(before.repIds().stream()
                .filter(id -> !repNames.containsKey(id)).toList()); // a rep this list does not show stays
        reps.stream().filter(r -> r.chosenProperty().get()).map(Pick::value).forEach(chosenReps::add);
        rules.set(index, new AssignmentRule(before.id(), before.position(), kind.get(), values, chosenReps));
        problem.set("");
    }

    /** Adds a round-robin rule at the end of the list and chooses it. */
    public void add() {
        rules.add(AssignmentRule.create(AssignmentRuleKind.ROUND_ROBIN, null, List.of()));
        selected.set(rules.size() - 1);
    }

    public void remove() {
        int index = selected.get();
        if (index < 0 || index >= rules.size()) {
            return;
        }
        rules.remove(index);
        selected.set(-1);
        selected.set(Math.min(index, rules.size() - 1));
    }

    /** Moves the chosen rule {@code by} places (−1 up, +1 down), if it can go. */
    public void move(int by) {
        int index = selected.get();
        int target = index + by;
        if (index < 0 || target < 0 || target >= rules.size()) {
            return;
        }
        AssignmentRule rule = rules.remove(index);
        rules.add(target, rule);
        selected.set(target);
    }

    /** Stores the list; {@code saved} runs once it is stored, not when a rule is refused. */
    public void save(Runnable saved) {
        List<AssignmentRule> listed = List.copyOf(rules);
        for (int i = 0; i < listed.size(); i++) {
            if (!listed.get(i).violations().isEmpty()) {
                selected.set(i);
                problem.set(messages.get("assignment.problem", i + 1,
                        messages.get(listed.get(i).violations().get(0).messageKey())));
                return;
            }
        }
        runner.run(() -> service.save(listed), stored -> {
            revision.changed();
            problem.set("");
            saved.run();
        }, failure -> {
            if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
                problem.set(messages.get(violation.violations().get(0).messageKey()));
            } else {
                errors.report(failure);
            }
        });
    }

    /** A line of the list: its number, then what it matches and whom it assigns to. */
    public String describe(AssignmentRule rule) {
        return (rules.indexOf(rule) + 1) + ". " + AssignmentRuleText.describe(rule, repNames, messages);
    }

    public ObservableList<AssignmentRule> rules() {
        return rules;
    }

    public ObservableList<Pick<String>> channels() {
        return channels;
    }

    public ObservableList<Pick<UUID>> reps() {
        return reps;
    }

    public List<AssignmentRuleKind> kinds() {
        return List.of(AssignmentRuleKind.values());
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<AssignmentRuleKind> kindProperty() {
        return kind;
    }

    public StringProperty regionsProperty() {
        return regions;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
