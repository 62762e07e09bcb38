package org.fieldbook.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A product with its list prices, as the catalogue and the line editor show it. */
public record PricedProduct(Product product, List<ProductPrice> prices) {
    public PricedProduct {
        prices = List.copyOf(prices);
    }

    /** The list price in {@code currency}, or empty when the product has none in it. */
    public Optional<BigDecimal> listPrice(String currency) {
        return prices.stream().filter(p -> p.listPrice().currency().equals(currency)).findFirst()
                .map(p -> p.listPrice().amount());
    }
}
