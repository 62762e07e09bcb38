package org.fieldbook.ui.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.ProductService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * Edit → Products…: the catalogue, and the product being edited with its list prices (one per currency). A
 * save stores the product and exactly the prices listed, in one go, or says under the form what is wrong.
 */
public final class ProductsViewModel {
    private final ProductService products;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Formats formats;
    private final DataRevision revision;
    private final ObservableList<PricedProduct> catalogue = FXCollections.observableArrayList();
    private final ObservableList<Money> prices = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final StringProperty priceCurrency = new SimpleStringProperty(this, "priceCurrency", "");
    private final StringProperty priceAmount = new SimpleStringProperty(this, "priceAmount", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<PricedProduct> editing = new ReadOnlyObjectWrapper<>(this, "editing");

    public ProductsViewModel(ProductService products, BackgroundRunner runner, ErrorReporter errors,
                             Messages messages, Formats formats, DataRevision revision) {
        this.products = products;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.revision = revision;
        priceCurrency.set(Currencies.defaultFor(formats.locale()));
    }

    public void load() {
        runner.run(products::catalogue, catalogue::setAll, errors::report);
    }

    /** Empties the form for a new product. */
    public void startNew() {
        editing.set(null);
        code.set("");
        name.set("");
        unit.set("");
        category.set("");
        active.set(true);
        prices.clear();
        problem.set("");
    }

    public void edit(PricedProduct product) {
        if (product == null) {
            startNew();
            return;
        }
        editing.set(product);
        Product p = product.product();
        code.set(p.code());
        name.set(p.name());
        unit.set(p.unit() == null ? "" : p.unit());
        category.set(p.category() == null ? "" : p.category());
        active.set(p.active());
        prices.setAll(product.prices().stream().map(price -> price.listPrice()).toList());
        problem.set("");
    }

    /** Puts the typed price into the list, replacing the one in the same currency; false, with why, if wrong. */
    public boolean addPrice() {
        String currency = priceCurrency.get() == null ? "" : priceCurrency.get().strip().toUpperCase(Locale.ROOT);
        if (!Currencies.isValid(currency)) {
            problem.set(messages.get("validation.currency.invalid"));
            return false;
        }
        Optional<BigDecimal> amount = formats.parseAmount(priceAmount.get());
        if (amount.isEmpty() || amount.get().signum() < 0) {
            problem.set(messages.get(amount.isEmpty() ? "validation.amount.invalid" : "validation.amount.negative"));
            return false;
        }
        prices.removeIf(price -> price.currency().equals(currency));
        prices.add(new Money(amount.get(), currency));
        prices.sort(java.util.Comparator.comparing(Money::currency));
        priceAmount.set("");
        problem.set("");
        return true;
    }

    public void removePrice(Money price) {
        prices.remove(price);
    }

    public void save() {
        PricedProduct before = editing.get();
        Product typed = before == null ? Product.create(code.get(), name.get(), unit.get(), category.get())
                : new Product(before.product().id(), strip(code.get()), strip(name.get()), blank(unit.get()),
                        blank(category.get()), active.get());
        Product product = before == null && !active.get() ? new Product(typed.id(), typed.code(), typed.name(),
                typed.unit(), typed.category(), false) : typed;
        List<Money> listed = List.copyOf(prices);
        runner.run(() -> products.save(product, listed), saved -> {
            revision.changed();
            load();
            edit(saved);
        }, this::refused);
    }

    public void remove(PricedProduct product) {
        runner.run(() -> {
            products.remove(product.product().id());
            return null;
        }, done -> {
            revision.changed();
            startNew();
            load();
        }, errors::report);
    }

    private void refused(Exception failure) {
        if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
            problem.set(messages.get(violation.violations().get(0).messageKey()));
        } else {
            errors.report(failure);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A catalogue line: code, name, unit and the list prices. */
    public String describe(PricedProduct product) {
        Product p = product.product();
        String listed = product.prices().stream().map(price -> formats.money(price.listPrice()))
                .collect(java.util.stream.Collectors.joining(", "));
        String text = p.code() + " · " + p.name() + (p.unit() == null ? "" : " / " + p.unit())
                + (listed.isEmpty() ? "" : " — " + listed);
        return p.active() ? text : text + " (" + messages.get("products.inactive") + ")";
    }

    public String describe(Money price) {
        return formats.money(price);
    }

    public ObservableList<PricedProduct> catalogue() {
        return catalogue;
    }

    public ObservableList<Money> prices() {
        return prices;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty priceCurrencyProperty() {
        return priceCurrency;
    }

    public StringProperty priceAmountProperty() {
        return priceAmount;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PricedProduct> editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
