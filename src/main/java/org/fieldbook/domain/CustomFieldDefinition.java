package org.fieldbook.domain;

import java.util.List;
import java.util.UUID;

/** A field a team adds to an entity ("account", "contact", "opportunity", "lead"). */
public record CustomFieldDefinition(UUID id, String entity, String key, String label, CustomFieldType type,
                                    List<String> options, int position, boolean required) {
    public CustomFieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public CustomFieldDefinition(UUID id, String entity, String key, String label, CustomFieldType type,
                                 List<String> options, int position) {
        this(id, entity, key, label, type, options, position, false);
    }
}
