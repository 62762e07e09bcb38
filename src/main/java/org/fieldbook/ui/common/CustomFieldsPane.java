package org.fieldbook.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The rows of a form's custom fields, added under its own fields once the form knows them: a text field, an
 * amount with its currency, a date picker, a choice, tick boxes for several choices, or a yes/no box; each with
 * its message at the field, like the form's own fields.
 */
public final class CustomFieldsPane {
    private final GridPane grid;
    private final int firstRow;
    private final int columns;
    private final Messages messages;
    private final FieldDecorations decorations;
    private final List<Node> added = new ArrayList<>();

    private CustomFieldsPane(GridPane grid, int firstRow, int columns, Messages messages,
                             FieldDecorations decorations) {
        this.grid = grid;
        this.firstRow = firstRow;
        this.columns = columns;
        this.messages = messages;
        this.decorations = decorations;
    }

    /**
     * Shows {@code model}'s fields in {@code grid} from row {@code firstRow} on, a label in the first column and
     * the input across the other {@code columns - 1}.
     */
    public static void attach(GridPane grid, int firstRow, int columns, CustomFieldsForm model, Messages messages,
                              FieldDecorations decorations) {
        CustomFieldsPane pane = new CustomFieldsPane(grid, firstRow, columns, messages, decorations);
        model.entries().addListener((ListChangeListener<CustomFieldsForm.Entry>) change -> pane.show(model));
        pane.show(model);
    }

    private void show(CustomFieldsForm model) {
        grid.getChildren().removeAll(added);
        added.clear();
        int row = firstRow;
        for (CustomFieldsForm.Entry entry : model.entries()) {
            Label name = new Label(entry.field().label());
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (entry.field().required()) {
                name.getStyleClass().add("required");
            }
            Label error = new Label();
            Control input = input(entry);
            Node shown = entry.field().type() == org.fieldbook.domain.CustomFieldType.MONEY
                    ? moneyBox(input, entry) : entry.field().type() == org.fieldbook.domain.CustomFieldType.MULTI_CHOICE
                    ? ticks(entry) : input;
            VBox box = shown == input ? new VBox(shown, error) : new VBox(shown, input, error);
            box.getStyleClass().addAll("field-box", "custom-field");
            box.setId("custom-" + entry.field().key());
            grid.add(name, 0, row);
            grid.add(box, 1, row, columns - 1, 1);
            GridPane.setValignment(name, javafx.geometry.VPos.BASELINE);
            added.add(name);
            added.add(box);
            decorations.bind(entry.formField(), input, error);
            row++;
        }
        WindowFit.fitLater(grid);
    }

    private Control input(CustomFieldsForm.Entry entry) {
        Control control = switch (entry.field().type()) {
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.valueProperty().bindBidirectional(entry.dateProperty());
                picker.setMaxWidth(Double.MAX_VALUE);
                yield picker;
            }
            case BOOLEAN -> {
                CheckBox box = new CheckBox(messages.get("customFields.yes"));
                box.selectedProperty().bindBidirectional(entry.yesProperty());
                yield box;
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                List<String> items = new ArrayList<>();
                items.add(null);
                items.addAll(entry.field().options());
                box.getItems().setAll(items);
                Pickers.show(box, option -> option, messages.get("form.none"));
                box.setValue(FieldText.blankToNull(entry.textProperty().get()));
                box.valueProperty().addListener((obs, old, chosen) -> entry.textProperty().set(
                        chosen == null ? "" : chosen));
                box.setMaxWidth(Double.MAX_VALUE);
                yield box;
            }
            case MULTI_CHOICE -> {
                // the tick boxes are built by ticks(); this hidden control carries the field's decoration
                CheckBox anchor = new CheckBox();
                anchor.setVisible(false);
                anchor.setManaged(false);
                yield anchor;
            }
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(entry.textProperty());
                yield field;
            }
        };
        control.getStyleClass().add("custom-field-input");
        return control;
    }

    private static Node moneyBox(Control amount, CustomFieldsForm.Entry entry) {
        HBox.setHgrow(amount, Priority.ALWAYS);
        HBox box = new HBox(6, amount, new Label(entry.currency()));
        box.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return box;
    }

    private static Node ticks(CustomFieldsForm.Entry entry) {
        FlowPane pane = new FlowPane(12, 4);
        for (String option : entry.field().options()) {
            CheckBox box = new CheckBox(option);
            box.getStyleClass().add("custom-field-input");
            box.setSelected(entry.ticked().contains(option));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now && !entry.ticked().contains(option)) {
                    entry.ticked().add(option);
                } else if (!now) {
                    entry.ticked().remove(option);
                }
            });
            pane.getChildren().add(box);
        }
        return pane;
    }
}
