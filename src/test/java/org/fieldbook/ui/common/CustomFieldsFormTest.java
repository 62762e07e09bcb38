package org.fieldbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.fieldbook.domain.CustomValues;
import org.junit.jupiter.api.Test;

/** A form's custom fields: input in the user's way of writing numbers, stored one canonical way. */
class CustomFieldsFormTest {
    private final FormState state = new FormState(BackgroundRunner.inline(), failure -> { });
    private final CustomFieldsForm form = new CustomFieldsForm(state, new Formats(Locale.GERMANY));
    private final CustomFieldDefinition budget = CustomFieldDefinition.create("lead", "Budget", CustomFieldType.MONEY,
            List.of(), 0, false);
    private final CustomFieldDefinition visit = CustomFieldDefinition.create("lead", "Visit", CustomFieldType.DATE,
            List.of(), 1, true);
    private final CustomFieldDefinition partner = CustomFieldDefinition.create("lead", "Partner",
            CustomFieldType.BOOLEAN, List.of(), 2, false);
    private final CustomFieldDefinition topics = CustomFieldDefinition.create("lead", "Topics",
            CustomFieldType.MULTI_CHOICE, List.of("Price", "Service", "Delivery"), 3, false);

    @Test
    void valuesAreReadInTheUsersLocaleAndStoredCanonically() {
        form.show(List.of(budget, visit, partner, topics), CustomValues.NONE.with("f_removed", "kept"), "EUR");
        state.ready();
        assertEquals("validation.customField.required", state.errors().of("custom." + visit.key()));
        assertFalse(state.canSave());

        entry(budget).textProperty().set("1.200,50");
        entry(visit).dateProperty().set(LocalDate.of(2030, 3, 31));
        entry(topics).ticked().setAll("Delivery", "Price");
        assertTrue(state.canSave(), state.errors().all().toString());

        CustomValues values = form.values();
        assertEquals("1200.50 EUR", values.get(budget.key()));
        assertEquals("2030-03-31", values.get(visit.key()));
        assertEquals("Price\nDelivery", values.get(topics.key()), "in the options' order");
        assertNull(values.get(partner.key()), "an untouched yes/no box is no value");
        assertEquals("kept", values.get("f_removed"), "a removed field's value stays in the record");
    }

    @Test
    void anAmountThatDoesNotReadIsRefusedAtItsFieldAndAStoredOneIsShownInTheUsersWay() {
        form.show(List.of(budget), CustomValues.NONE.with(budget.key(), "99000.5 USD"), "EUR");
        assertEquals("99.000,50", entry(budget).textProperty().get());
        assertEquals("USD", entry(budget).currency(), "a stored amount keeps its currency");
        entry(budget).textProperty().set("viel");
        assertEquals("validation.customField.money", state.errors().of("custom." + budget.key()));
    }

    private CustomFieldsForm.Entry entry(CustomFieldDefinition field) {
        return form.entries().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
    }
}
