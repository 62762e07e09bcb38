package org.fieldbook.ui.settings;

import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.AssignmentRuleKind;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.Theme;

/**
 * Edit › Lead assignment…: the rules in the order they are tried on the left (add, remove, up, down), the chosen
 * rule on the right: what it looks at, the regions or channels it takes, and the reps it hands leads to.
 */
public final class AssignmentRulesDialog {
    private final AssignmentRulesViewModel model;
    private final Messages messages;

    public AssignmentRulesDialog(AssignmentRulesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Dialog<ButtonType> show(Window owner, Runnable closed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("assignment.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        ButtonType save = new ButtonType(messages.get("assignment.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(new HBox(12, list(), form()));
        dialog.getDialogPane().setId("assignmentDialog");
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveAssignmentButton");
        saveButton.disableProperty().bind(model.loadedProperty().not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes once the rules are stored, not before, and stays on a refusal
            model.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        Theme.style(dialog.getDialogPane());
        dialog.setOnHidden(event -> closed.run());
        model.load();
        dialog.show();
        return dialog;
    }

    private Node list() {
        ListView<AssignmentRule> list = new ListView<>(model.rules());
        list.setId("assignmentRuleList");
        list.setPrefSize(380, 360);
        list.setMinWidth(320);
        list.setPlaceholder(new Label(messages.get("assignment.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AssignmentRule item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.selectedProperty().set(index.intValue());
            }
        });
        Runnable follow = () -> {
            int index = model.selectedProperty().get();
            if (list.getSelectionModel().getSelectedIndex() != index) {
                if (index < 0) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(index);
                }
            }
        };
        model.selectedProperty().addListener((obs, old, index) -> follow.run());
        model.rules().addListener((ListChangeListener<AssignmentRule>) change -> follow.run());

        Button add = button("addRuleButton", "assignment.add", model::add);
        Button remove = button("removeRuleButton", "assignment.remove", model::remove);
        Button up = button("ruleUpButton", "assignment.up", () -> model.move(-1));
        Button down = button("ruleDownButton", "assignment.down", () -> model.move(1));
        remove.disableProperty().bind(model.selectedProperty().lessThan(0));
        up.disableProperty().bind(model.selectedProperty().lessThan(1));
        down.disableProperty().bind(model.selectedProperty().lessThan(0)
                .or(model.selectedProperty().greaterThanOrEqualTo(javafx.beans.binding.Bindings.size(model.rules())
                        .subtract(1))));
        Label order = new Label(messages.get("assignment.order"));
        order.setWrapText(true);
        order.setMaxWidth(380);
        order.getStyleClass().add("text-muted");
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(8, list, new HBox(6, add, remove, up, down), order);
    }

    private Node form() {
        ComboBox<AssignmentRuleKind> kind = new ComboBox<>();
        kind.setId("ruleKindField");
        kind.getItems().setAll(model.kinds());
        Pickers.show(kind, messages::name, "");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);

        TextField regions = new TextField();
        regions.setId("ruleRegionsField");
        regions.setPromptText(messages.get("assignment.regionsPrompt"));
        regions.textProperty().bindBidirectional(model.regionsProperty());

        ListView<AssignmentRulesViewModel.Pick<String>> channels = new ListView<>(model.channels());
        channels.setId("ruleChannelList");
        channels.setPrefHeight(150);
        channels.setCellFactory(CheckBoxListCell.forListView(AssignmentRulesViewModel.Pick::chosenProperty));

        ListView<AssignmentRulesViewModel.Pick<UUID>> reps = new ListView<>(model.reps());
        reps.setId("ruleRepList");
        reps.setPrefHeight(150);
        reps.setPlaceholder(new Label(messages.get("assignment.noReps")));
        reps.setCellFactory(CheckBoxListCell.forListView(AssignmentRulesViewModel.Pick::chosenProperty));

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.setHgap(8);
        form.setVgap(8);
        row(form, 0, "assignment.kind", kind);
        Label regionsLabel = row(form, 1, "assignment.regions", regions);
        Label channelsLabel = row(form, 2, "assignment.channels", channels);
        row(form, 3, "assignment.reps", reps);
        showOnlyFor(AssignmentRuleKind.REGION, regionsLabel, regions);
        showOnlyFor(AssignmentRuleKind.CHANNEL, channelsLabel, channels);

        Label how = new Label();
        how.setWrapText(true);
        how.setMaxWidth(420);
        how.getStyleClass().add("text-muted");
        how.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.kindProperty().get()
                == null ? "" : messages.get("assignment.how." + model.kindProperty().get().name()),
                model.kindProperty()));
        Label problem = new Label();
        problem.setId("assignmentProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox right = new VBox(10, form, how, problem);
        right.setPrefWidth(440);
        right.setMinWidth(380);
        right.disableProperty().bind(model.selectedProperty().lessThan(0));
        return right;
    }

    private void showOnlyFor(AssignmentRuleKind wanted, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(model.kindProperty().isEqualTo(wanted));
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    private Label row(GridPane form, int row, String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        form.add(label, 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
