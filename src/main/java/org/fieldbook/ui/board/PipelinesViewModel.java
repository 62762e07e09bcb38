package org.fieldbook.ui.board;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.StageKind;
import org.fieldbook.service.PipelineService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.FormState;
import org.fieldbook.ui.common.Messages;

/**
 * The pipelines editor: pipelines, the chosen one's stages in board order and the chosen stage's settings.
 * Every change is stored at once (one transaction each, captured for sync) and the lists are read again.
 */
public final class PipelinesViewModel {
    static final String NAME = "name";
    static final String PROBABILITY = "probability";
    static final String ROTTING = "rottingDays";

    private final PipelineService pipelines;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final FormState form;
    private final ObservableList<Pipeline> pipelineList = FXCollections.observableArrayList();
    private final ObservableList<PipelineStage> stageList = FXCollections.observableArrayList();
    private final ObjectProperty<Pipeline> pipeline = new SimpleObjectProperty<>();
    private final ObjectProperty<PipelineStage> stage = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty probability = new SimpleStringProperty("");
    private final ObjectProperty<StageKind> kind = new SimpleObjectProperty<>(StageKind.OPEN);
    private final StringProperty rottingDays = new SimpleStringProperty("");
    private final BooleanProperty requiresAmount = new SimpleBooleanProperty();
    private final BooleanProperty requiresClose = new SimpleBooleanProperty();
    private final BooleanProperty requiresDecisionMaker = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Messages messages;
    private boolean changed;

    public PipelinesViewModel(PipelineService pipelines, BackgroundRunner runner, ErrorReporter errors,
                              Messages messages) {
        this.pipelines = pipelines;
        this.messages = messages;
        this.runner = runner;
        this.errors = errors;
        this.form = new FormState(runner, errors);
        pipeline.addListener((obs, old, chosen) -> showStages(chosen == null ? null : chosen.id(), null));
        stage.addListener((obs, old, chosen) -> showStage(chosen));
        name.addListener((obs, old, text) -> checkName());
        probability.addListener((obs, old, text) -> checkProbability());
        rottingDays.addListener((obs, old, text) -> checkRotting());
    }

    /** Reads the pipelines, keeping the one (and the stage) chosen, if they are still there. */
    public void load() {
        reload(pipeline.get() == null ? null : pipeline.get().id(), stage.get() == null ? null : stage.get().id());
    }

    private void reload(UUID keepPipeline, UUID keepStage) {
        runner.run(pipelines::pipelinesWithStages, all -> {
            pipelineList.setAll(all.keySet());
            Pipeline chosen = pipelineList.stream().filter(p -> p.id().equals(keepPipeline)).findFirst()
                    .orElse(pipelineList.isEmpty() ? null : pipelineList.get(0));
            if (chosen != null && chosen.equals(pipeline.get())) {
                showStages(chosen.id(), keepStage);
            } else {
                pipeline.set(chosen);
            }
            form.ready();
        }, errors::report);
    }

    private void showStages(UUID pipelineId, UUID keepStage) {
        if (pipelineId == null) {
            stageList.clear();
            return;
        }
        runner.run(() -> pipelines.pipelinesWithStages().entrySet().stream()
                .filter(e -> e.getKey().id().equals(pipelineId)).findFirst().map(e -> e.getValue())
                .orElse(List.of()), stages -> {
                    stageList.setAll(stages);
                    stage.set(stages.stream().filter(s -> s.id().equals(keepStage)).findFirst()
                            .orElse(stages.isEmpty() ? null : stages.get(0)));
                }, errors::report);
    }

    private void showStage(PipelineStage chosen) {
        name.set(chosen == null ? "" : chosen.name());
        probability.set(chosen == null ? "" : Integer.toString(chosen.probability()));
        kind.set(chosen == null ? StageKind.OPEN : chosen.kind());
        rottingDays.set(chosen == null || chosen.rottingDays() == null ? "" : chosen.rottingDays().toString());
        Set<RequiredField> required = chosen == null ? Set.of() : chosen.requiredFields();
        requiresAmount.set(required.contains(RequiredField.AMOUNT));
        requiresClose.set(required.contains(RequiredField.EXPECTED_CLOSE));
        requiresDecisionMaker.set(required.contains(RequiredField.DECISION_MAKER));
    }

    private void checkName() {
        form.check(NAME, name.get() == null || name.get().isBlank() ? "validation.name.required" : null);
    }

    private void checkProbability() {
        Integer value = whole(probability.get());
        form.check(PROBABILITY, value == null || value < 0 || value > 100 ? "pipelines.validation.probability"
                : null);
    }

    private void checkRotting() {
        String text = rottingDays.get() == null ? "" : rottingDays.get().strip();
        Integer value = whole(text);
        form.check(ROTTING, !text.isEmpty() && (value == null || value < 1) ? "pipelines.validation.rottingDays"
                : null);
    }

    private static Integer whole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Saves the chosen stage's settings; false (nothing saved) while one of them is wrong. */
    public boolean saveStage() {
        PipelineStage current = stage.get();
        if (current == null || !form.canSave()) {
            return false;
        }
        Set<RequiredField> required = EnumSet.noneOf(RequiredField.class);
        if (requiresAmount.get()) {
            required.add(RequiredField.AMOUNT);
        }
        if (requiresClose.get()) {
            required.add(RequiredField.EXPECTED_CLOSE);
        }
        if (requiresDecisionMaker.get()) {
            required.add(RequiredField.DECISION_MAKER);
        }
        String rotting = rottingDays.get() == null ? "" : rottingDays.get().strip();
        PipelineStage edited = new PipelineStage(current.id(), current.pipelineId(), name.get().strip(),
                current.position(), whole(probability.get()), kind.get(),
                rotting.isEmpty() ? null : whole(rotting), required);
        form.save(() -> pipelines.saveStage(edited), saved -> {
            changed = true;
            reload(saved.pipelineId(), saved.id());
        });
        return true;
    }

    public void createPipeline(String pipelineName) {
        change(() -> pipelines.createPipeline(pipelineName, "Prospecting", "Won", "Lost").id(),
                id -> reload(id, null));
    }

    public void renamePipeline(String pipelineName) {
        UUID id = pipeline.get() == null ? null : pipeline.get().id();
        if (id != null) {
            change(() -> pipelines.renamePipeline(id, pipelineName).id(), kept -> reload(kept, null));
        }
    }

    public void deletePipeline() {
        UUID id = pipeline.get() == null ? null : pipeline.get().id();
        if (id != null) {
            change(() -> {
                pipelines.deletePipeline(id);
                return null;
            }, none -> reload(null, null));
        }
    }

    public void addStage(String stageName) {
        UUID id = pipeline.get() == null ? null : pipeline.get().id();
        if (id != null) {
            change(() -> pipelines.addStage(id, stageName).id(), added -> reload(id, added));
        }
    }

    public void moveStage(int step) {
        PipelineStage chosen = stage.get();
        if (chosen != null) {
            change(() -> {
                pipelines.moveStage(chosen.id(), step);
                return chosen.id();
            }, kept -> reload(chosen.pipelineId(), kept));
        }
    }

    /** How many deals the chosen stage holds, handed to {@code answer} (deleting it asks where they go). */
    public void dealsInStage(Consumer<Integer> answer) {
        PipelineStage chosen = stage.get();
        if (chosen != null) {
            runner.run(() -> pipelines.dealsIn(chosen.id()), answer::accept, errors::report);
        }
    }

    /** Deletes the chosen stage; its deals (if any) go to {@code moveTo}. */
    public void deleteStage(UUID moveTo, UUID by) {
        PipelineStage chosen = stage.get();
        if (chosen != null) {
            change(() -> {
                pipelines.deleteStage(chosen.id(), moveTo, by);
                return null;
            }, none -> reload(chosen.pipelineId(), null));
        }
    }

    private <T> void change(Callable<T> work, Consumer<T> then) {
        problem.set("");
        runner.run(work, result -> {
            changed = true;
            then.accept(result);
        }, failure -> {
            if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
                problem.set(messages.get(violation.violations().get(0).messageKey()));
            } else {
                errors.report(failure);
            }
        });
    }

    /** True once something was stored: the board reads itself again. */
    public boolean changed() {
        return changed;
    }

    public ObservableList<Pipeline> pipelines() {
        return pipelineList;
    }

    public ObservableList<PipelineStage> stages() {
        return stageList;
    }

    public ObjectProperty<Pipeline> pipelineProperty() {
        return pipeline;
    }

    public ObjectProperty<PipelineStage> stageProperty() {
        return stage;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty probabilityProperty() {
        return probability;
    }

    public ObjectProperty<StageKind> kindProperty() {
        return kind;
    }

    public StringProperty rottingDaysProperty() {
        return rottingDays;
    }

    public BooleanProperty requiresAmountProperty() {
        return requiresAmount;
    }

    public BooleanProperty requiresCloseProperty() {
        return requiresClose;
    }

    public BooleanProperty requiresDecisionMakerProperty() {
        return requiresDecisionMaker;
    }

    /** Why the last change was refused (a pipeline that still holds deals...), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return form.errors();
    }
}
