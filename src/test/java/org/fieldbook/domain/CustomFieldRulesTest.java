package org.fieldbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a custom field accepts as its stored value, and what a definition needs. */
class CustomFieldRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            TEXT         | false | -              | -
            TEXT         | true  | -              | validation.customField.required
            TEXT         | true  | anything       | -
            NUMBER       | false | 12.5           | -
            NUMBER       | false | twelve         | validation.customField.number
            MONEY        | false | 1200.00 EUR    | -
            MONEY        | false | 1200.00        | validation.customField.money
            MONEY        | false | 1200.00 XYZ    | validation.customField.money
            DATE         | false | 2030-03-31     | -
            DATE         | false | 31/03/2030     | validation.customField.date
            CHOICE       | false | Gold           | -
            CHOICE       | false | Platinum       | validation.customField.choice
            MULTI_CHOICE | true  | -              | validation.customField.required
            BOOLEAN      | true  | -              | -
            """)
    void aStoredValueIsCheckedByTheFieldsType(CustomFieldType type, boolean required, String value,
                                              String problem) {
        List<String> options = type == CustomFieldType.CHOICE || type == CustomFieldType.MULTI_CHOICE
                ? List.of("Gold", "Silver") : List.of();
        CustomFieldDefinition field = CustomFieldDefinition.create("account", "Field", type, options, 0, required);
        assertEquals(problem, field.problemWith(value));
    }

    @Test
    void aChoiceWithoutOptionsOrAFieldWithoutALabelIsNotADefinition() {
        assertEquals(List.of(new Violation("options", "validation.customField.options.required")),
                CustomFieldDefinition.create("lead", "Tier", CustomFieldType.CHOICE, List.of(" "), 0, false)
                        .violations());
        assertEquals(List.of(new Violation("label", "validation.customField.label.required")),
                CustomFieldDefinition.create("lead", " ", CustomFieldType.TEXT, List.of(), 0, false).violations());
    }

    @Test
    void twoFieldsMadeAtOnceGetDifferentKeysAndValuesKeepAFixedOrder() {
        var a = CustomFieldDefinition.create("account", "A", CustomFieldType.TEXT, List.of(), 0, false);
        var b = CustomFieldDefinition.create("account", "A", CustomFieldType.TEXT, List.of(), 0, false);
        assertNotEquals(a.key(), b.key());
        CustomValues one = CustomValues.NONE.with("z", "1").with("a", "2");
        CustomValues other = CustomValues.NONE.with("a", "2").with("z", "1").with("m", " ");
        assertEquals(one, other, "a blank value is no value");
        assertTrue(one.with("a", null).has("z"));
    }
}
