package org.fieldbook.ui.dashboard;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.analytics.DealRow;
import org.fieldbook.domain.Money;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.OpportunityEditor;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.Theme;

/** The deals behind a figure, biggest first; Enter or a double click opens one in its editor. */
final class DrillDownDialog {
    private final Messages messages;
    private final Formats formats;
    private final OpportunityEditor editor;
    private final Runnable changed;

    DrillDownDialog(Messages messages, Formats formats, OpportunityEditor editor, Runnable changed) {
        this.messages = messages;
        this.formats = formats;
        this.editor = editor;
        this.changed = changed;
    }

    void show(Window owner, String title, List<DealRow> rows) {
        TableView<DealRow> table = new TableView<>();
        table.setId("drillTable");
        table.getStyleClass().add("records-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("opportunity.field.title", 200, DealRow::title));
        table.getColumns().add(column("opportunity.field.account", 160, DealRow::account));
        table.getColumns().add(column("opportunity.field.stage", 120, row -> messages.dataName(row.stage())));
        TableColumn<DealRow, Money> amount = new TableColumn<>(messages.get("opportunity.field.amount"));
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
        amount.setComparator(java.util.Comparator.comparing(Money::amount));
        Tables.formatted(amount, formats::money);
        amount.setPrefWidth(120);
        amount.getStyleClass().add("numeric");
        table.getColumns().add(amount);
        table.getColumns().add(column("opportunity.field.owner", 120, DealRow::owner));
        table.getColumns().add(column("opportunity.field.status", 80, row -> messages.name(row.status())));
        table.getColumns().add(column("dashboard.drill.date", 110, row -> formats.date(
                row.closedOn() != null ? row.closedOn() : row.expectedClose())));
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label(messages.get("dashboard.drill.empty")));
        table.setPrefSize(900, 460);

        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(messages.get("dashboard.drill.header", title, rows.size()));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        dialog.initModality(Modality.NONE);
        Theme.style(dialog.getDialogPane());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Tables.openAndDelete(table, () -> {
            DealRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                editor.edit(dialog.getDialogPane().getScene().getWindow(), row.id(), changed);
            }
        }, () -> { });
        dialog.show();
    }

    private TableColumn<DealRow, String> column(String key, double width,
                                                java.util.function.Function<DealRow, String> value) {
        TableColumn<DealRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
