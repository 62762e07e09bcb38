package org.fieldbook.domain;

import java.util.Set;

/** A deal cannot enter a stage before these fields are filled in; the board asks for exactly them. */
public class MissingRequiredFields extends RuntimeException {
    private final transient Set<RequiredField> fields;

    public MissingRequiredFields(Set<RequiredField> fields) {
        super("missing " + fields);
        this.fields = Set.copyOf(fields);
    }

    public Set<RequiredField> fields() {
        return fields;
    }
}
