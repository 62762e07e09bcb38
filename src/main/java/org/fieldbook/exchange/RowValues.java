package org.fieldbook.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldbook.domain.CustomValues;

/** One row's values by Fieldbook field, read through the mapping's columns and formats. */
final class RowValues {
    private final Map<String, Integer> columnOfField;
    private final Map<String, Integer> customColumns;
    private final ValueFormats formats;
    private SourceTable.Row row;

    RowValues(SourceTable table, ImportMapping mapping, ValueFormats formats) {
        this.formats = formats;
        this.columnOfField = new HashMap<>();
        this.customColumns = new TreeMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String field = mapping.columns().get(table.headers().get(i));
            if (field == null || field.isBlank()) {
                continue;
            }
            if (field.startsWith(ImportType.CUSTOM)) {
                customColumns.putIfAbsent(field.substring(ImportType.CUSTOM.length()), i);
            } else {
                columnOfField.putIfAbsent(field, i);
            }
        }
    }

    void at(SourceTable.Row current) {
        this.row = current;
    }

    boolean mapped(String field) {
        return columnOfField.containsKey(field);
    }

    /** The stripped text of the field's column, null when blank or not mapped. */
    String text(String field) {
        Integer column = columnOfField.get(field);
        if (column == null) {
            return null;
        }
        String value = row.cell(column).strip();
        return value.isEmpty() ? null : value;
    }

    BigDecimal amount(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return formats.amount(value);
        } catch (NumberFormatException e) {
            throw new Rejection.Raised("import.reject.number", field + ": '" + value + "' is not a number", field, value);
        }
    }

    Integer integer(String field) {
        BigDecimal number = amount(field);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new Rejection.Raised("import.reject.number", field + ": '" + text(field) + "' is not a whole number",
                    field, text(field));
        }
    }

    Instant instant(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return formats.instant(value);
        } catch (RuntimeException e) {
            throw new Rejection.Raised("import.reject.date", field + ": '" + value + "' is not a date", field, value);
        }
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return formats.date(value);
        } catch (RuntimeException e) {
            throw new Rejection.Raised("import.reject.date", field + ": '" + value + "' is not a date", field, value);
        }
    }

    /** The name, or first and last name joined ("Ryan Patricia" in Chinese order when the name is CJK). */
    String personName() {
        String name = text("name");
        if (name != null) {
            return name;
        }
        String first = text("first_name");
        String last = text("last_name");
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        boolean cjk = (first + last).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return cjk ? last + first : first + " " + last;
    }

    CustomValues custom(List<String> knownKeys) {
        Map<String, String> values = new TreeMap<>();
        customColumns.forEach((key, column) -> {
            String value = row.cell(column).strip();
            if (!value.isEmpty() && knownKeys.contains(key)) {
                values.put(key, value);
            }
        });
        return values.isEmpty() ? CustomValues.NONE : CustomValues.of(values);
    }
}
