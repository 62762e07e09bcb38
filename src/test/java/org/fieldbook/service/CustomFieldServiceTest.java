package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.fieldbook.domain.CustomValues;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom fields as the services keep them: in order, checked on the way in, counted before removal. */
class CustomFieldServiceTest {
    @TempDir
    Path folder;
    private Database database;
    private CustomFieldService fields;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        fields = new CustomFieldService(database.store());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void fieldsKeepTheirOrderPerKindOfRecordAndMoveOnePlaceAtATime() {
        var a = fields.add(CustomFieldDefinition.create("lead", "A", CustomFieldType.TEXT, List.of(), 0, false));
        var b = fields.add(CustomFieldDefinition.create("lead", "B", CustomFieldType.TEXT, List.of(), 0, false));
        fields.add(CustomFieldDefinition.create("account", "C", CustomFieldType.TEXT, List.of(), 0, false));
        var c = fields.add(CustomFieldDefinition.create("lead", "D", CustomFieldType.DATE, List.of(), 0, false));
        fields.move(c.id(), -1);
        fields.move(a.id(), -1); // already first: nothing moves
        assertEquals(List.of("A", "D", "B"), fields.fields("lead").stream().map(f -> f.label()).toList());
        assertEquals(List.of("C"), fields.fields("account").stream().map(f -> f.label()).toList());
        assertThrows(RuleViolation.class, () -> fields.add(CustomFieldDefinition.create("lead", "Tier",
                CustomFieldType.CHOICE, List.of(), 0, false)), "a choice needs options");
        assertEquals(3, fields.fields("lead").size(), "nothing half-stored");
        assertEquals(1, b.position(), "a new field goes after the others of its kind");
    }

    @Test
    void aValueItsFieldCannotHoldIsRefusedAndNothingIsStored() {
        var size = fields.add(CustomFieldDefinition.create("account", "Fleet size", CustomFieldType.NUMBER,
                List.of(), 0, false));
        var accounts = new AccountService(database.store());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> accounts.create(Account.create("Acme", null)
                .withCustomFields(CustomValues.NONE.with(size.key(), "many"))));
        assertEquals(List.of(new Violation("custom." + size.key(), "validation.customField.number")),
                refused.violations());
        assertTrue(accounts.list().isEmpty());

        var leads = new LeadService(database.store());
        var po = fields.add(CustomFieldDefinition.create("lead", "PO", CustomFieldType.TEXT, List.of(), 0, true));
        leads.create(Lead.create("Ada", null, null, null)); // required is the form's to ask, not the store's
        leads.create(Lead.create("Bo", null, null, null).withCustomFields(CustomValues.NONE.with(po.key(), "1")));
        assertEquals(1, fields.recordsUsing(po.id()));
        assertEquals(0, fields.recordsUsing(size.id()));
    }
}
