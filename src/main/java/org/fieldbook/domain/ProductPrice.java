package org.fieldbook.domain;

import java.util.UUID;

/** A product's list price in one currency; a product has at most one per currency. */
public record ProductPrice(UUID id, UUID productId, Money listPrice) {
    public static ProductPrice create(UUID productId, Money listPrice) {
        return new ProductPrice(TimeOrderedId.next(), productId, listPrice);
    }

    public ProductPrice withAmount(java.math.BigDecimal amount) {
        return new ProductPrice(id, productId, new Money(amount, listPrice.currency()));
    }
}
