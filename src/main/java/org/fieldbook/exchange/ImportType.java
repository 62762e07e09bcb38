package org.fieldbook.exchange;

import java.util.List;
import java.util.Locale;

/** What a file holds, and the fields of Fieldbook its columns can fill (besides custom fields). */
public enum ImportType {
    ACCOUNTS("account", List.of("source_id", "name", "industry", "employees", "region", "address", "website",
            "phone", "owner", "tier", "source", "created")),
    CONTACTS("contact", List.of("source_id", "name", "first_name", "last_name", "account", "title", "department",
            "email", "phone", "mobile", "notes", "created")),
    OPPORTUNITIES("opportunity", List.of("source_id", "title", "account", "stage", "status", "amount", "currency",
            "expected_close", "owner", "source", "lost_reason", "created", "stage_entered", "closed")),
    LEADS("lead", List.of("source_id", "name", "first_name", "last_name", "company", "email", "phone", "source",
            "status", "score", "owner", "created", "region")),
    ACTIVITIES("activity", List.of("source_id", "type", "subject", "notes", "due", "done", "status", "account",
            "contact", "outcome", "location", "owner"));

    /** The prefix of a target that is a custom field: "custom:region_code". */
    public static final String CUSTOM = "custom:";

    private final String entity;
    private final List<String> fields;

    ImportType(String entity, List<String> fields) {
        this.entity = entity;
        this.fields = fields;
    }

    /** The store's entity name, also that of custom-field definitions. */
    public String entity() {
        return entity;
    }

    public List<String> fields() {
        return fields;
    }

    /** "opportunities", "opportunity" or "OPPORTUNITIES" alike, for the command line. */
    public static ImportType parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ImportType type : values()) {
            String plural = type.name().toLowerCase(Locale.ROOT);
            if (wanted.equals(plural) || wanted.equals(type.entity) || wanted.equals("deals") && type == OPPORTUNITIES) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown type '" + name
                + "': use accounts, contacts, opportunities, leads or activities");
    }
}
