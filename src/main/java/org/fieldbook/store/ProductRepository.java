package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.PRODUCT;
import static org.fieldbook.store.jooq.Tables.PRODUCT_PRICE;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.ProductPrice;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.ProductPriceRecord;
import org.fieldbook.store.jooq.tables.records.ProductRecord;
import org.jooq.DSLContext;

/** The product catalogue; a product's prices are rows of their own (see {@link #prices()}). */
public final class ProductRepository extends Entities<Product, ProductRecord> {
    private final Entities<ProductPrice, ProductPriceRecord> prices;

    ProductRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, ProductMappings.PRODUCTS, capture, clock);
        prices = new Entities<>(db, ProductMappings.PRODUCT_PRICES, capture, clock);
    }

    public Entities<ProductPrice, ProductPriceRecord> prices() {
        return prices;
    }

    public List<ProductPrice> pricesOf(UUID productId) {
        return db.selectFrom(PRODUCT_PRICE)
                .where(PRODUCT_PRICE.PRODUCT_ID.eq(productId), PRODUCT_PRICE.DELETED.isFalse())
                .orderBy(PRODUCT_PRICE.CURRENCY)
                .fetch(ProductMappings.PRODUCT_PRICES::read);
    }

    /** Every live product by code, with its live prices. */
    public List<PricedProduct> catalogue() {
        Map<UUID, List<ProductPrice>> byProduct = db.selectFrom(PRODUCT_PRICE)
                .where(PRODUCT_PRICE.DELETED.isFalse())
                .orderBy(PRODUCT_PRICE.CURRENCY)
                .fetch(ProductMappings.PRODUCT_PRICES::read).stream()
                .collect(Collectors.groupingBy(ProductPrice::productId));
        return where(PRODUCT.DELETED.isFalse(), PRODUCT.CODE.asc()).stream()
                .map(p -> new PricedProduct(p, byProduct.getOrDefault(p.id(), List.of())))
                .toList();
    }
}
