package org.fieldbook.domain;

import java.util.UUID;

public record SalesRep(UUID id, String name, String email, String team, String region) {
    public SalesRep named(String newName) {
        return new SalesRep(id, newName, email, team, region);
    }

    /** "Ada Lovelace" gives "AL"; a Chinese name gives its first character. */
    public String initials() {
        return Names.initials(name);
    }
}
