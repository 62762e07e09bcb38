package org.fieldbook.service;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Tx;

/**
 * The service's own check of custom values, in the transaction that stores them: a value that is not what its
 * field's type stores (a number that is not one, a choice that is not an option) is refused on the field
 * "custom.&lt;key&gt;". Whether a required field is filled in is the form's to say: a field made required today
 * must not lock every older record against other edits.
 */
final class CustomFieldChecks {
    private CustomFieldChecks() {
    }

    static void check(Tx tx, String entity, CustomValues values) {
        if (values.isEmpty()) {
            return;
        }
        List<Violation> wrong = new ArrayList<>();
        for (CustomFieldDefinition field : tx.customFields().all()) {
            String value = values.get(field.key());
            if (field.entity().equals(entity) && value != null) {
                String problem = field.problemWith(value);
                if (problem != null) {
                    wrong.add(new Violation("custom." + field.key(), problem));
                }
            }
        }
        RuleViolation.throwIfAny(wrong);
    }
}
