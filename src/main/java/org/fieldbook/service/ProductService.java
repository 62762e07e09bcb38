package org.fieldbook.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.ProductPrice;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.ProductRepository;
import org.fieldbook.store.Store;

/** The product catalogue: products with a list price per currency; each save is one transaction. */
public final class ProductService {
    private final Store store;

    public ProductService(Store store) {
        this.store = store;
    }

    public List<PricedProduct> catalogue() {
        return store.read(tx -> tx.products().catalogue());
    }

    /**
     * Saves a new or edited product and exactly the given list prices (one per currency): a price for a new
     * currency is added, a changed one updated, one left out removed. Refused whole, with the reasons, when
     * the product or a price is wrong.
     */
    public PricedProduct save(Product product, List<Money> listPrices) {
        List<Violation> wrong = new ArrayList<>();
        Set<String> currencies = new HashSet<>();
        for (Money price : listPrices) {
            if (price.isNegative()) {
                wrong.add(new Violation("prices", "validation.amount.negative"));
            }
            if (!currencies.add(price.currency())) {
                wrong.add(new Violation("prices", "validation.product.priceTwice"));
            }
        }
        return store.write(tx -> {
            ProductRepository products = tx.products();
            List<Violation> all = new ArrayList<>(product.violations(products.all()));
            all.addAll(wrong);
            RuleViolation.throwIfAny(all);
            if (products.find(product.id()).isPresent()) {
                products.update(product);
            } else {
                products.insert(product);
            }
            Map<String, ProductPrice> existing = products.pricesOf(product.id()).stream()
                    .collect(Collectors.toMap(p -> p.listPrice().currency(), Function.identity()));
            for (Money price : listPrices) {
                ProductPrice old = existing.remove(price.currency());
                if (old == null) {
                    products.prices().insert(ProductPrice.create(product.id(), price));
                } else if (old.listPrice().amount().compareTo(price.amount()) != 0) {
                    products.prices().update(old.withAmount(price.amount()));
                }
            }
            existing.values().forEach(gone -> products.prices().delete(gone.id()));
            return new PricedProduct(products.get(product.id()), products.pricesOf(product.id()));
        });
    }

    /** Sends a product to the trash; deals' lines keep naming it. */
    public void remove(UUID productId) {
        store.writeVoid(tx -> {
            tx.products().pricesOf(productId).forEach(price -> tx.products().prices().delete(price.id()));
            tx.products().delete(productId);
        });
    }

    /** Products by id, also those in the trash, for naming the products of existing lines. */
    public Map<UUID, Product> byId(Set<UUID> ids) {
        return store.read(tx -> ids.stream().map(id -> tx.products().findIncludingDeleted(id))
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Product::id, Function.identity())));
    }
}
