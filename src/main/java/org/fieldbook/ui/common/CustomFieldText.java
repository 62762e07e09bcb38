package org.fieldbook.ui.common;

import org.fieldbook.domain.CustomFieldDefinition;

/** A custom field's stored value as a table cell shows it. */
final class CustomFieldText {
    private CustomFieldText() {
    }

    static String of(CustomFieldDefinition field, String stored, Messages messages) {
        if (stored == null) {
            return null;
        }
        return switch (field.type()) {
            case BOOLEAN -> stored.equals("true") ? messages.get("customFields.yes") : null;
            case MULTI_CHOICE -> String.join(", ", stored.split("\n"));
            default -> stored;
        };
    }
}
