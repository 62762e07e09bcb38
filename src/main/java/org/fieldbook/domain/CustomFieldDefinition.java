package org.fieldbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A field a team adds to an entity ("account", "contact", "opportunity", "lead"). Values are kept as
 * canonical text: a number as a plain decimal ("1234.5"), money as amount and currency ("1200.00 EUR"), a date
 * as ISO ("2030-03-31"), yes/no as "true" or "false", a choice as the option, several choices one a line.
 */
public record CustomFieldDefinition(UUID id, String entity, String key, String label, CustomFieldType type,
                                    List<String> options, int position, boolean required) {
    public static final List<String> ENTITIES = List.of("account", "contact", "opportunity", "lead");

    public CustomFieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public CustomFieldDefinition(UUID id, String entity, String key, String label, CustomFieldType type,
                                 List<String> options, int position) {
        this(id, entity, key, label, type, options, position, false);
    }

    /** A new field of {@code entity}; its key comes from its id, so two devices never make the same key. */
    public static CustomFieldDefinition create(String entity, String label, CustomFieldType type,
                                               List<String> options, int position, boolean required) {
        UUID id = TimeOrderedId.next();
        return new CustomFieldDefinition(id, entity, keyFor(id), label == null ? null : label.strip(), type,
                options, position, required);
    }

    /** The key of the field with {@code id}: from the id's random bits, the same on every device. */
    public static String keyFor(UUID id) {
        String hex = id.toString().replace("-", "");
        return "f_" + hex.substring(hex.length() - 12);
    }

    public CustomFieldDefinition edited(String newLabel, CustomFieldType newType, List<String> newOptions,
                                        boolean newRequired) {
        return new CustomFieldDefinition(id, entity, key, newLabel == null ? null : newLabel.strip(), newType,
                newOptions, position, newRequired);
    }

    public CustomFieldDefinition at(int newPosition) {
        return new CustomFieldDefinition(id, entity, key, label, type, options, newPosition, required);
    }

    public boolean hasOptions() {
        return type == CustomFieldType.CHOICE || type == CustomFieldType.MULTI_CHOICE;
    }

    /** What is wrong with the definition itself: no label, an unknown entity, a choice without options. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (label == null || label.isBlank()) {
            found.add(new Violation("label", "validation.customField.label.required"));
        }
        if (!ENTITIES.contains(entity)) {
            found.add(new Violation("entity", "validation.customField.entity"));
        }
        if (type == null) {
            found.add(new Violation("type", "validation.customField.type.required"));
        } else if (hasOptions() && options.stream().noneMatch(o -> !o.isBlank())) {
            found.add(new Violation("options", "validation.customField.options.required"));
        }
        return found;
    }

    /** A message key for what is wrong with canonical {@code value} (null or blank: no value), or null. */
    public String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return required && type != CustomFieldType.BOOLEAN ? "validation.customField.required" : null;
        }
        switch (type) {
            case NUMBER -> {
                return decimal(value) ? null : "validation.customField.number";
            }
            case MONEY -> {
                String[] parts = value.strip().split(" ");
                return parts.length == 2 && decimal(parts[0]) && Currencies.isValid(parts[1].toUpperCase(Locale.ROOT))
                        ? null : "validation.customField.money";
            }
            case DATE -> {
                try {
                    LocalDate.parse(value.strip());
                    return null;
                } catch (DateTimeParseException e) {
                    return "validation.customField.date";
                }
            }
            case CHOICE -> {
                return options.contains(value) ? null : "validation.customField.choice";
            }
            case MULTI_CHOICE -> {
                return options.containsAll(List.of(value.split("\n"))) ? null : "validation.customField.choice";
            }
            case BOOLEAN -> {
                return value.equals("true") || value.equals("false") ? null : "validation.customField.choice";
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean decimal(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The problems of {@code values} against {@code fields}, each on the field "custom.&lt;key&gt;". */
    public static List<Violation> check(List<CustomFieldDefinition> fields, CustomValues values) {
        List<Violation> found = new ArrayList<>();
        for (CustomFieldDefinition field : fields) {
            String problem = field.problemWith(values.get(field.key()));
            if (problem != null) {
                found.add(new Violation("custom." + field.key(), problem));
            }
        }
        return found;
    }
}
