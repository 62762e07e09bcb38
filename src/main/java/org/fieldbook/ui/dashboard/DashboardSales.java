package org.fieldbook.ui.dashboard;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.analytics.Kpis;
import org.fieldbook.domain.Money;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * Below the charts: what was sold (KPIS.md's {@code products}: per product, the lines of the deals won in the
 * period) and what is owed ({@code payments}: the plan entries of won deals due in the period).
 */
final class DashboardSales {
    private final Messages messages;
    private final Formats formats;
    private final TableView<Kpis.ProductFigures> products = new TableView<>();
    private final Label expected = value("paymentsExpected");
    private final Label received = value("paymentsReceived");
    private final Label overdue = value("paymentsOverdue");
    private final Label entries = new Label();
    private String currency = "EUR";

    DashboardSales(GridPane grid, Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        for (int column = 0; column < 2; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(50);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        products.setId("productsTable");
        products.setPlaceholder(new Label(messages.get("dashboard.products.none")));
        products.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        products.setPrefHeight(240);
        products.getColumns().setAll(List.of(
                column("dashboard.products.product", Kpis.ProductFigures::name, 170),
                column("dashboard.products.units", p -> formats.amount(p.units()), 90),
                column("dashboard.products.won", p -> money(p.wonAmount()), 120),
                column("dashboard.products.discount", p -> p.averageDiscount() == null ? "—"
                        : messages.get("dashboard.products.percent", p.averageDiscount()), 115)));
        // the figures keep their width; the product's name gives way
        products.getColumns().stream().skip(1).forEach(column -> column.setMinWidth(column.getPrefWidth()));
        grid.add(card("productsCard", "dashboard.products.title", products), 0, 0);

        GridPane figures = new GridPane();
        figures.getStyleClass().add("form-grid");
        figures.setHgap(16);
        figures.setVgap(10);
        row(figures, 0, "dashboard.payments.expected", expected);
        row(figures, 1, "dashboard.payments.received", received);
        row(figures, 2, "dashboard.payments.overdue", overdue);
        overdue.getStyleClass().add("payments-overdue");
        entries.getStyleClass().add("tile-detail");
        entries.setWrapText(true);
        Label how = new Label(messages.get("dashboard.payments.how"));
        how.getStyleClass().add("tile-detail");
        how.setWrapText(true);
        grid.add(card("paymentsCard", "dashboard.payments.title", new VBox(10, figures, entries, how)), 1, 0);
    }

    void show(Kpis kpis) {
        currency = kpis.reportingCurrency();
        products.getItems().setAll(kpis.products());
        Kpis.PaymentFigures payments = kpis.payments();
        expected.setText(money(payments.expected()));
        received.setText(money(payments.received()));
        overdue.setText(money(payments.overdue()));
        entries.setText(messages.get("dashboard.payments.entries", payments.entries(), payments.overdueEntries()));
    }

    private String money(BigDecimal amount) {
        return amount == null ? "—" : formats.money(new Money(amount, currency));
    }

    private TableColumn<Kpis.ProductFigures, String> column(String key,
            java.util.function.Function<Kpis.ProductFigures, String> text, double width) {
        TableColumn<Kpis.ProductFigures, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void row(GridPane grid, int row, String key, Label value) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(value, 1, row);
    }

    private static Label value(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.getStyleClass().add("tile-value");
        return label;
    }

    private VBox card(String id, String titleKey, javafx.scene.Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("chart-title");
        VBox card = new VBox(8, title, content);
        card.setId(id);
        card.getStyleClass().add("chart-card");
        VBox.setVgrow(content, Priority.ALWAYS);
        return card;
    }
}
