package org.fieldbook.ui.board;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.StageKind;
import org.fieldbook.ui.common.Confirm;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.Theme;

/**
 * The pipelines editor, a dialog over the board: pipelines on the left, the chosen one's stages in board
 * order in the middle, the chosen stage's settings on the right. Every button stores its change at once.
 */
final class PipelinesDialog {
    private final PipelinesViewModel model;
    private final Messages messages;
    private final UUID me;

    PipelinesDialog(PipelinesViewModel model, Messages messages, UUID me) {
        this.model = model;
        this.messages = messages;
        this.me = me;
    }

    /** Shows the editor and waits; true when something was changed (the board then reads itself again). */
    boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("pipelines.title"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("pipelines.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        Theme.style(dialog.getDialogPane());

        ListView<Pipeline> pipelineList = new ListView<>(model.pipelines());
        pipelineList.setId("pipelinesList");
        pipelineList.setPrefSize(190, 300);
        pipelineList.setCellFactory(list -> named(p -> messages.dataName(p.name())));
        pipelineList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.pipelineProperty().set(chosen);
            }
        });
        model.pipelineProperty().addListener((obs, old, chosen) -> pipelineList.getSelectionModel().select(chosen));
        Button newPipeline = button("pipelines.new", "newPipelineButton",
                () -> askName(dialog, "pipelines.new", "").ifPresent(model::createPipeline));
        Button rename = button("pipelines.rename", "renamePipelineButton", () -> askName(dialog, "pipelines.rename",
                model.pipelineProperty().get() == null ? "" : messages.dataName(model.pipelineProperty().get().name()))
                .ifPresent(model::renamePipeline));
        Button deletePipeline = button("button.delete", "deletePipelineButton", () -> {
            Pipeline chosen = model.pipelineProperty().get();
            if (chosen != null && Confirm.delete(dialog.getDialogPane().getScene().getWindow(), messages,
                    messages.get("pipelines.delete.question", messages.dataName(chosen.name())),
                    messages.get("pipelines.delete.detail"))) {
                model.deletePipeline();
            }
        });
        VBox pipelinesBox = column("pipelines.pipelines", pipelineList, new HBox(6, newPipeline, rename,
                deletePipeline));

        ListView<PipelineStage> stageList = new ListView<>(model.stages());
        stageList.setId("stagesList");
        stageList.setPrefSize(230, 300);
        stageList.setCellFactory(list -> named(s -> messages.get("board.column.title", messages.dataName(s.name()),
                s.probability()) + (s.isOpen() ? "" : " — " + messages.name(s.kind()))));
        stageList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.stageProperty().set(chosen);
            }
        });
        model.stageProperty().addListener((obs, old, chosen) -> stageList.getSelectionModel().select(chosen));
        Button addStage = button("pipelines.addStage", "addStageButton",
                () -> askName(dialog, "pipelines.addStage", "").ifPresent(model::addStage));
        Button left = button("pipelines.moveLeft", "moveStageLeftButton", () -> model.moveStage(-1));
        Button right = button("pipelines.moveRight", "moveStageRightButton", () -> model.moveStage(1));
        Button deleteStage = button("button.delete", "deleteStageButton", () -> deleteStage(dialog));
        VBox stagesBox = column("pipelines.stages", stageList, new HBox(6, addStage, left, right, deleteStage));

        VBox settings = settings();
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        VBox content = new VBox(8, new HBox(16, pipelinesBox, stagesBox, settings), problem);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        model.load();
        dialog.showAndWait();
        return model.changed();
    }

    private VBox settings() {
        TextField name = new TextField();
        name.setId("stageNameField");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameError = new Label();
        TextField probability = new TextField();
        probability.setId("stageProbabilityField");
        probability.setPrefColumnCount(4);
        probability.textProperty().bindBidirectional(model.probabilityProperty());
        Label probabilityError = new Label();
        ComboBox<StageKind> kind = new ComboBox<>();
        kind.setId("stageKindField");
        Pickers.enumChoices(kind, StageKind.values(), messages);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField rotting = new TextField();
        rotting.setId("stageRottingField");
        rotting.setPrefColumnCount(4);
        rotting.textProperty().bindBidirectional(model.rottingDaysProperty());
        Label rottingError = new Label();
        CheckBox amount = check("opportunity.field.amount", model.requiresAmountProperty());
        CheckBox close = check("opportunity.field.expectedClose", model.requiresCloseProperty());
        CheckBox decisionMaker = check("board.required.decisionMaker", model.requiresDecisionMakerProperty());
        FieldDecorations decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(PipelinesViewModel.NAME, name, nameError);
        decorations.bind(PipelinesViewModel.PROBABILITY, probability, probabilityError);
        decorations.bind(PipelinesViewModel.ROTTING, rotting, rottingError);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, new Label(messages.get("pipelines.stage.name")), new VBox(2, name, nameError));
        grid.addRow(1, new Label(messages.get("pipelines.stage.probability")),
                new VBox(2, probability, probabilityError));
        grid.addRow(2, new Label(messages.get("pipelines.stage.kind")), kind);
        grid.addRow(3, new Label(messages.get("pipelines.stage.rottingDays")), new VBox(2, rotting, rottingError));
        grid.addRow(4, new Label(messages.get("pipelines.stage.requires")), new VBox(4, amount, close, decisionMaker));
        Button save = button("pipelines.saveStage", "saveStageButton", () -> {
            if (!model.saveStage()) {
                decorations.showAllAndFocusFirst();
            }
        });
        save.setDefaultButton(true);
        return column("pipelines.settings", grid, new HBox(save));
    }

    private void deleteStage(Dialog<ButtonType> dialog) {
        PipelineStage chosen = model.stageProperty().get();
        if (chosen == null) {
            return;
        }
        model.dealsInStage(count -> {
            if (count == 0) {
                if (Confirm.delete(dialog.getDialogPane().getScene().getWindow(), messages,
                        messages.get("pipelines.stage.delete.question", messages.dataName(chosen.name())), "")) {
                    model.deleteStage(null, me);
                }
                return;
            }
            List<PipelineStage> targets = model.stages().stream()
                    .filter(s -> s.isOpen() && !s.id().equals(chosen.id())).toList();
            if (targets.isEmpty()) {
                model.deleteStage(null, me); // refused by the service, with its reason
                return;
            }
            ChoiceDialog<PipelineStage> where = new ChoiceDialog<>(targets.get(0), targets);
            where.initOwner(dialog.getDialogPane().getScene().getWindow());
            where.setTitle(messages.get("pipelines.stage.delete.title"));
            where.setHeaderText(messages.get("pipelines.stage.delete.moveDeals", messages.dataName(chosen.name()),
                    count));
            Theme.style(where.getDialogPane());
            where.showAndWait().ifPresent(target -> model.deleteStage(target.id(), me));
        });
    }

    private Optional<String> askName(Dialog<ButtonType> owner, String titleKey, String current) {
        TextInputDialog ask = new TextInputDialog(current);
        ask.initOwner(owner.getDialogPane().getScene().getWindow());
        ask.setTitle(messages.get(titleKey));
        ask.setHeaderText(messages.get("pipelines.name.header"));
        ask.getEditor().setId("nameAnswerField");
        Theme.style(ask.getDialogPane());
        return ask.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    private CheckBox check(String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get(key));
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private VBox column(String titleKey, javafx.scene.Node body, javafx.scene.Node buttons) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("detail-section");
        VBox box = new VBox(6, title, body, buttons);
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }

    private static <T> javafx.scene.control.ListCell<T> named(java.util.function.Function<T, String> text) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
