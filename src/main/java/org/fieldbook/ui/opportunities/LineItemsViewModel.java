package org.fieldbook.ui.opportunities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.Violation;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * The lines of the deal in the opportunity editor: a product chosen fills in its list price in the deal's
 * currency, which the user may change; quantity and discount are typed; "Add" appends the line or says, under
 * the fields, what is wrong. The deal's amount follows the lines while there are any.
 */
public final class LineItemsViewModel {
    private final Formats formats;
    private final Messages messages;
    private final Supplier<String> currency;
    private final ObservableList<OpportunityLine> lines = FXCollections.observableArrayList();
    private final ObservableList<PricedProduct> choices = FXCollections.observableArrayList();
    private final ObjectProperty<PricedProduct> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "1");
    private final StringProperty unitPrice = new SimpleStringProperty(this, "unitPrice", "");
    private final StringProperty discount = new SimpleStringProperty(this, "discount", "0");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper hasLines = new ReadOnlyBooleanWrapper(this, "hasLines");
    private Map<UUID, Product> named = Map.of();

    /** {@code currency} gives the deal's currency as the form holds it (possibly not yet a valid code). */
    LineItemsViewModel(Formats formats, Messages messages, Supplier<String> currency) {
        this.formats = formats;
        this.messages = messages;
        this.currency = currency;
        product.addListener((obs, old, chosen) -> fillListPrice());
        lines.addListener((javafx.collections.ListChangeListener<OpportunityLine>) change ->
                hasLines.set(!lines.isEmpty()));
        for (StringProperty input : List.of(quantity, unitPrice, discount)) {
            input.addListener((obs, old, text) -> problem.set(""));
        }
    }

    /** The catalogue's active products to choose from, and the deal's lines (whose products may be retired). */
    void show(List<PricedProduct> catalogue, Map<UUID, Product> productsOfLines, List<OpportunityLine> stored) {
        choices.setAll(catalogue.stream().filter(p -> p.product().active()).toList());
        named = new java.util.HashMap<>(productsOfLines);
        catalogue.forEach(p -> named.put(p.product().id(), p.product()));
        lines.setAll(stored);
    }

    /** Puts the chosen product's list price in the deal's currency into the price field (empty if it has none). */
    void fillListPrice() {
        PricedProduct chosen = product.get();
        Optional<BigDecimal> price = chosen == null || !Currencies.isValid(currency.get()) ? Optional.empty()
                : chosen.listPrice(currency.get());
        unitPrice.set(price.map(formats::amount).orElse(""));
    }

    /** Appends the line the fields describe; false, with the reason in {@link #problemProperty()}, if wrong. */
    public boolean add() {
        if (product.get() == null) {
            return refuse("validation.line.productRequired");
        }
        Optional<BigDecimal> qty = formats.parseAmount(quantity.get());
        Optional<BigDecimal> price = formats.parseAmount(unitPrice.get());
        Optional<BigDecimal> off = discount.get() == null || discount.get().isBlank() ? Optional.of(BigDecimal.ZERO)
                : formats.parseAmount(discount.get());
        if (qty.isEmpty()) {
            return refuse("validation.line.quantityPositive");
        }
        if (price.isEmpty()) {
            return refuse("validation.line.priceInvalid");
        }
        if (off.isEmpty()) {
            return refuse("validation.line.discountRange");
        }
        OpportunityLine line = OpportunityLine.create(null, product.get().product().id(), qty.get(), price.get(),
                off.get(), lines.size());
        List<Violation> wrong = line.violations();
        if (!wrong.isEmpty()) {
            return refuse(wrong.get(0).messageKey());
        }
        lines.add(line);
        product.set(null);
        quantity.set("1");
        discount.set("0");
        return true;
    }

    private boolean refuse(String key) {
        problem.set(messages.get(key));
        return false;
    }

    public void remove(OpportunityLine line) {
        lines.remove(line);
    }

    /** The lines as they are to be saved, in order. */
    List<OpportunityLine> lines() {
        return List.copyOf(lines);
    }

    /** What the lines add up to in the deal's currency, or empty when that is not a valid code. */
    Optional<Money> sum() {
        String code = currency.get();
        return Currencies.isValid(code) ? Optional.of(OpportunityLine.sum(lines, code)) : Optional.empty();
    }

    public String productName(OpportunityLine line) {
        Product p = named.get(line.productId());
        return p == null ? "" : p.code() + " · " + p.name();
    }

    public String total(OpportunityLine line) {
        String code = currency.get();
        return Currencies.isValid(code) ? formats.amount(line.total(code)) : "";
    }

    public String quantityText(OpportunityLine line) {
        return formats.amount(line.quantity().stripTrailingZeros());
    }

    public String unitPriceText(OpportunityLine line) {
        return formats.amount(line.unitPrice().setScale(Math.max(2, line.unitPrice().stripTrailingZeros().scale()),
                java.math.RoundingMode.UNNECESSARY));
    }

    public String discountText(OpportunityLine line) {
        return formats.amount(line.discountPercent().stripTrailingZeros()) + " %";
    }

    public String choiceName(PricedProduct p) {
        String unit = p.product().unit() == null ? "" : " (" + p.product().unit() + ")";
        return p.product().code() + " · " + p.product().name() + unit;
    }

    public ObservableList<OpportunityLine> items() {
        return lines;
    }

    public ObservableList<PricedProduct> choices() {
        return choices;
    }

    public ObjectProperty<PricedProduct> productProperty() {
        return product;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty unitPriceProperty() {
        return unitPrice;
    }

    public StringProperty discountProperty() {
        return discount;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasLinesProperty() {
        return hasLines.getReadOnlyProperty();
    }

    /** Product ids of the lines, to name those no longer in the catalogue. */
    static java.util.Set<UUID> productIds(List<OpportunityLine> lines) {
        return lines.stream().map(OpportunityLine::productId).collect(Collectors.toSet());
    }
}
