package org.fieldbook.ui.exchange;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/**
 * A table cell that is always a choice box (not a cell to double-click into): the mapping page's field of each
 * column and the values page's stage of each value. The box is bound to the row's property while it shows it.
 */
final class ChoiceCell<S> extends TableCell<S, S> {
    private final ComboBox<String> box = new ComboBox<>();
    private final Function<S, StringProperty> property;
    private final Function<S, Object> key;
    private StringProperty bound;

    private ChoiceCell(Function<S, StringProperty> property, Function<S, Object> key, ObservableList<String> items,
                       Function<String, String> label, String styleClass) {
        this.property = property;
        this.key = key;
        box.setItems(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add(styleClass);
        StringConverter<String> converter = new StringConverter<>() {
            @Override
            public String toString(String value) {
                return label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(cell(label));
        box.setCellFactory(list -> cell(label));
        setGraphic(null);
    }

    private static ListCell<String> cell(Function<String, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
    }

    /** Makes {@code column} show a choice box per row, bound to the property {@code property} gives. */
    static <S> void install(TableColumn<S, S> column, Function<S, StringProperty> property, Function<S, Object> key,
                            ObservableList<String> items, Function<String, String> label, String styleClass) {
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new ChoiceCell<>(property, key, items, label, styleClass));
        column.setSortable(false);
    }

    @Override
    protected void updateItem(S item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            box.valueProperty().unbindBidirectional(bound);
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            box.setUserData(null);
            return;
        }
        bound = property.apply(item);
        box.valueProperty().bindBidirectional(bound);
        box.setUserData(key.apply(item));
        setGraphic(box);
    }
}
