package org.fieldbook.domain;

import java.util.UUID;

public record SalesRep(UUID id, String name, String email, String team, String region, RepRole role) {
    public SalesRep {
        role = role == null ? RepRole.REP : role;
    }

    /** A rep who is not a manager: how reps are made until someone gives them a role. */
    public SalesRep(UUID id, String name, String email, String team, String region) {
        this(id, name, email, team, region, RepRole.REP);
    }

    public SalesRep named(String newName) {
        return new SalesRep(id, newName, email, team, region, role);
    }

    public SalesRep withRole(RepRole newRole) {
        return new SalesRep(id, name, email, team, region, newRole);
    }

    public boolean isManager() {
        return role == RepRole.MANAGER;
    }

    /** "Ada Lovelace" gives "AL"; a Chinese name gives its first character. */
    public String initials() {
        return Names.initials(name);
    }
}
