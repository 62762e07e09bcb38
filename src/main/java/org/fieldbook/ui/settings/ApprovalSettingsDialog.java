package org.fieldbook.ui.settings;

import org.fieldbook.domain.ApprovalRuleKind;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SettingsDialog;

/** Edit → Team and approvals…: the reps with their roles above, the approval rules below. */
public final class ApprovalSettingsDialog {
    private final ApprovalSettingsViewModel model;
    private final Messages messages;

    public ApprovalSettingsDialog(ApprovalSettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Dialog<ButtonType> show(Window owner, Runnable closed) {
        TableView<SalesRep> reps = new TableView<>(model.reps());
        reps.setId("teamTable");
        reps.setPrefSize(560, 200);
        reps.setPlaceholder(new Label(messages.get("approvalSettings.noReps")));
        TableColumn<SalesRep, String> name = new TableColumn<>(messages.get("approvalSettings.rep"));
        name.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(cell.getValue().name()));
        name.setPrefWidth(300);
        TableColumn<SalesRep, RepRole> role = new TableColumn<>(messages.get("approvalSettings.role"));
        role.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().role()));
        role.setCellFactory(column -> new RoleCell());
        role.setPrefWidth(200);
        reps.getColumns().setAll(java.util.List.of(name, role));
        reps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        ListView<ApprovalRule> rules = new ListView<>(model.rules());
        rules.setId("approvalRuleList");
        rules.setPrefSize(560, 110);
        rules.setPlaceholder(new Label(messages.get("approvalSettings.noRules")));
        rules.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ApprovalRule item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        Button remove = new Button(messages.get("approvalSettings.removeRule"));
        remove.setId("removeRuleButton");
        remove.disableProperty().bind(rules.getSelectionModel().selectedItemProperty().isNull()
                .or(model.mayManageProperty().not()));
        remove.setOnAction(event -> model.removeRule(rules.getSelectionModel().getSelectedItem()));

        ComboBox<ApprovalRuleKind> kind = new ComboBox<>();
        kind.setId("ruleKindField");
        kind.getItems().setAll(ApprovalRuleKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ApprovalRuleKind value) {
                return value == null ? "" : messages.name(value);
            }

            @Override
            public ApprovalRuleKind fromString(String text) {
                return null;
            }
        });
        TextField threshold = new TextField();
        threshold.setId("ruleThresholdField");
        threshold.setPrefColumnCount(11);
        threshold.textProperty().bindBidirectional(model.thresholdProperty());
        threshold.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(model.kindProperty().get() == ApprovalRuleKind.DISCOUNT
                        ? "approvalSettings.percentPrompt" : "approvalSettings.amountPrompt"), model.kindProperty()));
        TextField currency = new TextField();
        currency.setId("ruleCurrencyField");
        currency.setPrefColumnCount(3);
        currency.textProperty().bindBidirectional(model.currencyProperty());
        currency.visibleProperty().bind(model.kindProperty().isEqualTo(ApprovalRuleKind.AMOUNT));
        currency.managedProperty().bind(currency.visibleProperty());
        CheckBox onQuote = new CheckBox(messages.get("approvalSettings.guard.quote"));
        onQuote.setId("ruleOnQuoteField");
        onQuote.selectedProperty().bindBidirectional(model.onQuoteProperty());
        ComboBox<Choice> stage = new ComboBox<>(model.stages());
        stage.setId("ruleStageField");
        stage.setPromptText(messages.get("approvalSettings.noStage"));
        stage.valueProperty().bindBidirectional(model.stageProperty());
        Button clearStage = new Button(messages.get("approvalSettings.clearStage"));
        clearStage.getStyleClass().add("flat");
        clearStage.setOnAction(event -> stage.setValue(null));
        Button add = new Button(messages.get("approvalSettings.addRule"));
        add.setId("addRuleButton");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.mayManageProperty().not());
        add.setOnAction(event -> model.addRule());
        HBox ruleForm = new HBox(6, kind, threshold, currency);
        HBox guardForm = new HBox(6, onQuote, stage, clearStage);
        guardForm.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(stage, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("approvalSettingsProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label managersOnly = new Label(messages.get("approvalSettings.managersOnly"));
        managersOnly.getStyleClass().add("text-muted");
        managersOnly.setWrapText(true);
        managersOnly.visibleProperty().bind(model.mayManageProperty().not());
        managersOnly.managedProperty().bind(managersOnly.visibleProperty());

        VBox content = new VBox(8, heading("approvalSettings.team"), reps, managersOnly,
                heading("approvalSettings.rules"), rules, remove, new Label(messages.get("approvalSettings.newRule")),
                ruleForm, guardForm, add, problem);
        content.setPrefWidth(580);
        content.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        model.load();
        return SettingsDialog.show(owner, messages, messages.get("approvalSettings.title"), "approvalSettingsDialog",
                content, closed);
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    /** A rep's role as a choice; a manager (or anyone in a team without one) changes it there. */
    private final class RoleCell extends TableCell<SalesRep, RepRole> {
        private final ComboBox<RepRole> choice = new ComboBox<>();

        RoleCell() {
            choice.getItems().setAll(RepRole.values());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(RepRole value) {
                    return value == null ? "" : messages.name(value);
                }

                @Override
                public RepRole fromString(String text) {
                    return null;
                }
            });
            choice.disableProperty().bind(model.mayManageProperty().not());
            choice.setOnAction(event -> {
                SalesRep rep = getTableRow() == null ? null : getTableRow().getItem();
                if (rep != null && choice.getValue() != null) {
                    model.setRole(rep, choice.getValue());
                }
            });
        }

        @Override
        protected void updateItem(RepRole item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                choice.setValue(item);
                setGraphic(choice);
            }
        }
    }
}
