package org.fieldbook.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SettingsDialog;

/** Edit → Products…: the catalogue on the left, the chosen product with its list prices on the right. */
public final class ProductsDialog {
    private final ProductsViewModel model;
    private final Messages messages;

    public ProductsDialog(ProductsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Dialog<ButtonType> show(Window owner, Runnable closed) {
        ListView<PricedProduct> list = new ListView<>(model.catalogue());
        list.setId("productList");
        list.setPrefSize(380, 340);
        list.setPlaceholder(new Label(messages.get("products.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PricedProduct item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.edit(chosen);
            }
        });

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.setHgap(8);
        form.setVgap(8);
        row(form, 0, "products.code", text("productCodeField", model.codeProperty()));
        row(form, 1, "products.name", text("productNameField", model.nameProperty()));
        row(form, 2, "products.unit", text("productUnitField", model.unitProperty()));
        row(form, 3, "products.category", text("productCategoryField", model.categoryProperty()));
        CheckBox active = new CheckBox(messages.get("products.active"));
        active.setId("productActiveField");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.add(active, 1, 4);

        ListView<Money> prices = new ListView<>(model.prices());
        prices.setId("productPriceList");
        prices.setPrefHeight(110);
        prices.setPlaceholder(new Label(messages.get("products.noPrices")));
        prices.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Money item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        row(form, 5, "products.prices", prices);
        ComboBox<String> currency = new ComboBox<>();
        currency.setId("priceCurrencyField");
        currency.setEditable(true);
        currency.getItems().setAll(Currencies.allCodes());
        currency.setPrefWidth(100);
        currency.getEditor().textProperty().bindBidirectional(model.priceCurrencyProperty());
        TextField amount = text("priceAmountField", model.priceAmountProperty());
        amount.setPromptText(messages.get("products.listPrice"));
        amount.setOnAction(event -> model.addPrice());
        HBox.setHgrow(amount, Priority.ALWAYS);
        Button addPrice = button("addPriceButton", "products.addPrice", model::addPrice);
        Button removePrice = new Button(messages.get("products.removePrice"));
        removePrice.setId("removePriceButton");
        removePrice.disableProperty().bind(prices.getSelectionModel().selectedItemProperty().isNull());
        removePrice.setOnAction(event -> model.removePrice(prices.getSelectionModel().getSelectedItem()));
        form.add(new HBox(6, currency, amount, addPrice, removePrice), 1, 6);

        Label problem = new Label();
        problem.setId("productProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button save = button("saveProductButton", "products.save", model::save);
        save.getStyleClass().add("accent");
        Button fresh = button("newProductButton", "products.new", () -> {
            list.getSelectionModel().clearSelection();
            model.startNew();
        });
        Button remove = new Button(messages.get("products.remove"));
        remove.setId("removeProductButton");
        remove.disableProperty().bind(model.editingProperty().isNull());
        remove.setOnAction(event -> model.remove(model.editingProperty().get()));
        VBox right = new VBox(8, form, problem, new HBox(6, save, fresh, remove),
                new Label(messages.get("products.removeNote")));
        right.setPrefWidth(460);
        HBox content = new HBox(12, list, right);

        model.startNew();
        model.load();
        return SettingsDialog.show(owner, messages, messages.get("products.title"), "productsDialog", content,
                closed);
    }

    private void row(GridPane form, int row, String key, javafx.scene.Node field) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        form.add(label, 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
