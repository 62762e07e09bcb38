package org.fieldbook.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * The team's custom fields: defined per entity, in order; their values live in the records themselves (see
 * {@link CustomValues}). Removing a field leaves the values in the records, where nothing shows them.
 */
public final class CustomFieldService {
    private final Store store;

    public CustomFieldService(Store store) {
        this.store = store;
    }

    /** The fields of {@code entity} ("account", "contact", "opportunity", "lead"), in their order. */
    public List<CustomFieldDefinition> fields(String entity) {
        return store.read(tx -> ofEntity(tx, entity));
    }

    private static List<CustomFieldDefinition> ofEntity(Tx tx, String entity) {
        return tx.customFields().all().stream().filter(f -> f.entity().equals(entity))
                .sorted(Comparator.comparingInt(CustomFieldDefinition::position)
                        .thenComparing(CustomFieldDefinition::id)).toList();
    }

    /** Adds a field after the other fields of its entity. */
    public CustomFieldDefinition add(CustomFieldDefinition field) {
        RuleViolation.throwIfAny(field.violations());
        return store.write(tx -> {
            int next = ofEntity(tx, field.entity()).stream().mapToInt(CustomFieldDefinition::position).max()
                    .orElse(-1) + 1;
            return tx.customFields().insert(field.at(next));
        });
    }

    public CustomFieldDefinition update(CustomFieldDefinition edited) {
        RuleViolation.throwIfAny(edited.violations());
        return store.write(tx -> tx.customFields().update(edited));
    }

    /** Moves a field one place up ({@code step} -1) or down (+1) among its entity's fields. */
    public void move(UUID id, int step) {
        store.writeVoid(tx -> {
            CustomFieldDefinition field = tx.customFields().get(id);
            List<CustomFieldDefinition> fields = new ArrayList<>(ofEntity(tx, field.entity()));
            int from = fields.indexOf(field);
            int to = from + step;
            if (from < 0 || to < 0 || to >= fields.size()) {
                return;
            }
            fields.remove(from);
            fields.add(to, field);
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).position() != i) {
                    tx.customFields().update(fields.get(i).at(i));
                }
            }
        });
    }

    /** How many live records of the field's entity hold a value for it: removing asks first when not none. */
    public int recordsUsing(UUID id) {
        return store.read(tx -> {
            CustomFieldDefinition field = tx.customFields().get(id);
            List<CustomValues> values = switch (field.entity()) {
                case "account" -> tx.accounts().all().stream().map(a -> a.customFields()).toList();
                case "contact" -> tx.contacts().all().stream().map(c -> c.customFields()).toList();
                case "opportunity" -> tx.opportunities().all().stream().map(o -> o.customFields()).toList();
                case "lead" -> tx.leads().all().stream().map(l -> l.customFields()).toList();
                default -> List.of();
            };
            return (int) values.stream().filter(v -> v.has(field.key())).count();
        });
    }

    public void remove(UUID id) {
        store.writeVoid(tx -> tx.customFields().delete(id));
    }

    public CustomFieldDefinition restore(UUID id) {
        return store.write(tx -> tx.customFields().restore(id));
    }
}
