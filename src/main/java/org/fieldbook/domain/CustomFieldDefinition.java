package org.fieldbook.domain;

import java.util.List;
import java.util.UUID;

/** A field a team adds to an entity ("account", "contact", "opportunity"). */
public record CustomFieldDefinition(UUID id, String entity, String key, String label, CustomFieldType type,
                                    List<String> options, int position) {
    public CustomFieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
