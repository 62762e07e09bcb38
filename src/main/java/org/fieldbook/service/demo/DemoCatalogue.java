package org.fieldbook.service.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.ProductPrice;

/**
 * The demo company's catalogue: the products its deal titles name, each with a list price in the main and the
 * export currency. A product the store already holds under the same code is used instead of a new one, so a
 * second load adds deals, not a second catalogue with clashing codes.
 */
final class DemoCatalogue {
    private static final double MEDIAN_UNIT_DOLLARS = 2_400;

    /** A product and the dollar price its list prices were quoted from. */
    record Item(Product product, double unitDollars) {
        BigDecimal unitPrice(String currency) {
            return Market.quote(unitDollars, currency);
        }
    }

    private final Map<String, Item> byName = new HashMap<>();
    private final List<Product> newProducts = new ArrayList<>();
    private final List<ProductPrice> newPrices = new ArrayList<>();

    static DemoCatalogue draw(Vocabulary words, Market market, DemoRandom random, DemoIds ids, Instant created,
                              List<PricedProduct> existing) {
        DemoCatalogue catalogue = new DemoCatalogue();
        Map<String, Product> byCode = new HashMap<>();
        existing.forEach(p -> byCode.put(p.product().code().toUpperCase(Locale.ROOT), p.product()));
        catalogue.add("NB", words.products(false), market, random, ids, created, byCode);
        catalogue.add("EX", words.products(true), market, random, ids, created, byCode);
        return catalogue;
    }

    private void add(String prefix, List<String> names, Market market, DemoRandom random, DemoIds ids,
                     Instant created, Map<String, Product> byCode) {
        for (int i = 0; i < names.size(); i++) {
            String code = String.format(Locale.ROOT, "%s-%02d", prefix, i + 1);
            double unitDollars = random.logNormal(MEDIAN_UNIT_DOLLARS, 0.9);
            Product product = byCode.get(code);
            if (product == null) {
                product = new Product(ids.at(created), code, names.get(i), null, null, true);
                newProducts.add(product);
                for (String currency : List.of(market.currency(), market.exportCurrency())) {
                    newPrices.add(new ProductPrice(ids.at(created), product.id(),
                            new Money(Market.quote(unitDollars, currency), currency)));
                }
            }
            byName.putIfAbsent(names.get(i), new Item(product, unitDollars));
        }
    }

    Item item(String productName) {
        return byName.get(productName);
    }

    /** Any product of the catalogue but {@code except}, for a second line. */
    Item other(DemoRandom random, List<String> names, String except) {
        String name = random.pick(names);
        return name.equals(except) ? byName.get(names.get((names.indexOf(name) + 1) % names.size()))
                : byName.get(name);
    }

    List<Product> newProducts() {
        return newProducts;
    }

    List<ProductPrice> newPrices() {
        return newPrices;
    }
}
