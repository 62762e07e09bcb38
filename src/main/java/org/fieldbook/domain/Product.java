package org.fieldbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A product or service the team sells, by its code; its list prices are {@link ProductPrice} rows. */
public record Product(UUID id, String code, String name, String unit, String category, boolean active) {
    public static final int MAX_CODE = 40;

    public static Product create(String code, String name, String unit, String category) {
        return new Product(TimeOrderedId.next(), strip(code), strip(name), blankToNull(unit), blankToNull(category),
                true);
    }

    /** What is wrong with this product next to the others of the catalogue (codes are unique, ignoring case). */
    public List<Violation> violations(List<Product> others) {
        List<Violation> found = new ArrayList<>();
        if (code == null || code.isBlank()) {
            found.add(new Violation("code", "validation.product.codeRequired"));
        } else if (code.length() > MAX_CODE) {
            found.add(new Violation("code", "validation.product.codeTooLong"));
        } else if (others.stream().anyMatch(p -> !p.id().equals(id) && p.code().equalsIgnoreCase(code))) {
            found.add(new Violation("code", "validation.product.codeTaken"));
        }
        if (name == null || name.isBlank()) {
            found.add(new Violation("name", "validation.name.required"));
        }
        return found;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
