package org.fieldbook.ui.common;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The behaviour every list of records shares: open with Enter or a double click, Delete deletes. */
public final class Tables {
    private Tables() {
    }

    public static <T> void openAndDelete(TableView<T> table, Runnable open, Runnable delete) {
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                open.run();
            } else if (event.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                delete.run();
            }
        });
    }

    /** Shows a column's values through {@code text}, keeping the raw value for sorting. */
    public static <S, V> void formatted(TableColumn<S, V> column, Function<? super V, String> text) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }

    /** Makes a small table as tall as its rows (up to {@code maxRows}), so a short list leaves no empty band. */
    public static void fitRows(TableView<?> table, int maxRows) {
        double row = 34;
        double header = 44;
        table.setFixedCellSize(row);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> header + row * Math.max(2, Math.min(maxRows, table.getItems().size())) + 4,
                table.getItems()));
        table.minHeightProperty().bind(table.prefHeightProperty());
    }

    /** The text a table shows while it has no rows. */
    public static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("table-placeholder");
        label.setWrapText(true);
        return label;
    }
}
