package org.fieldbook.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.Theme;

/** Edit → Custom fields…: the fields of accounts, contacts, deals and leads; add, change, order, remove. */
public final class CustomFieldsDialog {
    private final CustomFieldsViewModel model;
    private final Messages messages;

    public CustomFieldsDialog(CustomFieldsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Dialog<ButtonType> show(Window owner, Runnable closed) {
        ComboBox<String> entity = new ComboBox<>();
        entity.setId("customFieldEntity");
        entity.getItems().setAll(CustomFieldsViewModel.entities());
        Pickers.show(entity, e -> messages.get("customFields.entity." + e), "");
        entity.valueProperty().bindBidirectional(model.entityProperty());

        ListView<CustomFieldDefinition> list = new ListView<>(model.shown());
        list.setId("customFieldList");
        list.setPrefSize(280, 280);
        list.setMinWidth(260);
        list.setPlaceholder(new Label(messages.get("customFields.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CustomFieldDefinition item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get(item.required() ? "customFields.rowRequired"
                        : "customFields.row", item.label(), messages.name(item.type())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.select(chosen);
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        Button up = button("customFields.up", "moveFieldUpButton", () -> model.move(selected.get(), -1));
        Button down = button("customFields.down", "moveFieldDownButton", () -> model.move(selected.get(), 1));
        Button remove = button("customFields.remove", "removeFieldButton", () -> askAndRemove(list,
                selected.get()));
        for (Button b : new Button[] {up, down, remove}) {
            b.disableProperty().bind(selected.isNull());
        }

        TextField label = new TextField();
        label.setId("customFieldLabel");
        label.textProperty().bindBidirectional(model.labelProperty());
        ComboBox<CustomFieldType> type = new ComboBox<>();
        type.setId("customFieldType");
        type.getItems().setAll(CustomFieldType.values());
        Pickers.show(type, messages::name, "");
        type.valueProperty().bindBidirectional(model.typeProperty());
        TextArea options = new TextArea();
        options.setId("customFieldOptions");
        options.setPrefRowCount(4);
        options.setPromptText(messages.get("customFields.optionsPrompt"));
        options.textProperty().bindBidirectional(model.optionsProperty());
        options.disableProperty().bind(type.valueProperty().isNotEqualTo(CustomFieldType.CHOICE)
                .and(type.valueProperty().isNotEqualTo(CustomFieldType.MULTI_CHOICE)));
        CheckBox required = new CheckBox(messages.get("customFields.required"));
        required.setId("customFieldRequired");
        required.selectedProperty().bindBidirectional(model.requiredProperty());
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        Button newField = button("customFields.new", "newFieldButton", () -> {
            list.getSelectionModel().clearSelection();
            model.newField();
        });
        Button save = button("customFields.save", "saveFieldButton", model::save);
        save.setDefaultButton(true);

        GridPane editor = new GridPane();
        editor.getStyleClass().add("form-grid");
        editor.setHgap(8);
        editor.setVgap(8);
        editor.addRow(0, fieldName("customFields.label"), label);
        editor.addRow(1, fieldName("customFields.type"), type);
        editor.addRow(2, fieldName("customFields.options"), options);
        label.setPrefColumnCount(20);
        editor.add(required, 1, 3);
        editor.add(problem, 1, 4);
        editor.add(new HBox(8, newField, save), 1, 5);
        Label editorTitle = new Label();
        editorTitle.getStyleClass().add("title-4");
        editorTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(model.editingProperty().get() == null ? "customFields.newTitle"
                        : "customFields.editTitle"), model.editingProperty()));

        HBox body = new HBox(16, new VBox(8, list, new HBox(6, up, down, remove)),
                new VBox(8, editorTitle, editor));
        HBox entityRow = new HBox(8, fieldName("customFields.of"), entity);
        entityRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox content = new VBox(12, entityRow, body);
        content.setPrefWidth(680);
        content.setPadding(new Insets(4));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("customFields.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("customFieldsDialog");
        Theme.style(dialog.getDialogPane());
        dialog.setOnHidden(event -> closed.run());
        model.load();
        dialog.show();
        return dialog;
    }

    private void askAndRemove(ListView<CustomFieldDefinition> list, CustomFieldDefinition field) {
        if (field == null) {
            return;
        }
        model.countUses(field, uses -> {
            if (uses > 0) {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
                ask.initOwner(list.getScene().getWindow());
                ask.setTitle(messages.get("customFields.remove"));
                ask.setHeaderText(messages.get("customFields.removeInUse", field.label(), uses));
                ask.setContentText(messages.get("customFields.removeInUseDetail"));
                ButtonType removeIt = new ButtonType(messages.get("customFields.remove"), ButtonBar.ButtonData.OK_DONE);
                ask.getButtonTypes().setAll(removeIt, new ButtonType(messages.get("button.cancel"),
                        ButtonBar.ButtonData.CANCEL_CLOSE));
                ask.getDialogPane().setId("removeFieldQuestion");
                Theme.style(ask.getDialogPane());
                ((Button) ask.getDialogPane().lookupButton(removeIt)).setId("confirmRemoveFieldButton");
                ask.showAndWait().filter(removeIt::equals).ifPresent(answer -> model.remove(field));
            } else {
                model.remove(field);
            }
        });
    }

    private Label fieldName(String key) {
        Label name = new Label(messages.get(key));
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return name;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
