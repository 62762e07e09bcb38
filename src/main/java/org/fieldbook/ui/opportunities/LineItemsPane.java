package org.fieldbook.ui.opportunities;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Tables;

/** The lines table of the opportunity editor with the fields that add a line under it. */
final class LineItemsPane {
    private LineItemsPane() {
    }

    static void fill(VBox box, LineItemsViewModel model, Messages messages) {
        TableView<OpportunityLine> table = new TableView<>(model.items());
        table.setId("linesTable");
        table.setPrefHeight(150);
        table.setPlaceholder(Tables.placeholder(messages.get("lines.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("lines.product"), 180, model::productName));
        table.getColumns().add(column(messages.get("lines.quantity"), 90, model::quantityText));
        table.getColumns().add(column(messages.get("lines.unitPrice"), 110, model::unitPriceText));
        table.getColumns().add(column(messages.get("lines.discount"), 100, model::discountText));
        table.getColumns().add(column(messages.get("lines.total"), 110, model::total));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getColumns().stream().skip(1).forEach(c -> c.getStyleClass().add("amount-column"));

        ComboBox<PricedProduct> product = new ComboBox<>(model.choices());
        product.setId("lineProductField");
        product.setPromptText(messages.get("lines.chooseProduct"));
        product.setMaxWidth(Double.MAX_VALUE);
        product.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PricedProduct item) {
                return item == null ? "" : model.choiceName(item);
            }

            @Override
            public PricedProduct fromString(String text) {
                return null; // not editable: nothing is typed in
            }
        });
        product.valueProperty().bindBidirectional(model.productProperty());
        HBox.setHgrow(product, Priority.ALWAYS);
        TextField quantity = field("lineQuantityField", messages.get("lines.quantity"), 60);
        quantity.textProperty().bindBidirectional(model.quantityProperty());
        TextField price = field("linePriceField", messages.get("lines.unitPrice"), 100);
        price.textProperty().bindBidirectional(model.unitPriceProperty());
        TextField discount = field("lineDiscountField", messages.get("lines.discount"), 60);
        discount.textProperty().bindBidirectional(model.discountProperty());
        Button add = new Button(messages.get("lines.add"));
        add.setId("addLineButton");
        add.setOnAction(event -> {
            if (model.add()) {
                product.requestFocus();
            }
        });
        for (TextField input : new TextField[] {quantity, price, discount}) {
            input.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    model.add();
                    event.consume(); // Enter adds the line; it does not save the whole deal yet
                }
            });
        }
        Button remove = new Button(messages.get("lines.remove"));
        remove.setId("removeLineButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(table.getSelectionModel().getSelectedItem()));
        Label problem = new Label();
        problem.setId("lineProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label note = new Label(messages.get("lines.amountFollows"));
        note.getStyleClass().add("text-muted");
        note.visibleProperty().bind(model.hasLinesProperty());
        note.managedProperty().bind(note.visibleProperty());

        for (Button button : new Button[] {add, remove}) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        box.setMinWidth(720); // room for every column header in each of the three languages
        box.setSpacing(6);
        box.getChildren().setAll(table, new HBox(6, product, quantity, price, discount, add, remove), problem, note);
    }

    private static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.getStyleClass().add("amount-field");
        return field;
    }

    private static TableColumn<OpportunityLine, String> column(String title, double width,
                                                               java.util.function.Function<OpportunityLine, String> text) {
        TableColumn<OpportunityLine, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
