package org.fieldbook.ui.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A stored field value as a salesperson reads it, for the history and the conflict list: amounts with the
 * locale's grouping, dates and times the locale's way, enum constants by their names, yes and no.
 */
public final class ValueText {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    /** Fields holding an enum constant, by "entity:field" or "*:field": the enum's name for its bundle keys. */
    private static final Map<String, String> ENUMS = Map.of(
            "opportunity:status", "OpportunityStatus",
            "lead:status", "LeadStatus",
            "*:source_channel", "SourceChannel",
            "opportunity_contact:buying_role", "BuyingRole",
            "activity:activity_type", "ActivityType",
            "stage:kind", "StageKind",
            "custom_field:field_type", "CustomFieldType");

    private final Messages messages;
    private final Formats formats;

    public ValueText(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** A value stored as text (the history reads change values so): the kind of value is told by its shape. */
    public String ofText(String entity, String field, String stored) {
        if (stored == null || stored.isBlank()) {
            return messages.get("timeline.none");
        }
        if ("true".equals(stored) || "false".equals(stored)) {
            return yesNo(Boolean.parseBoolean(stored));
        }
        if (DECIMAL.matcher(stored).matches()) {
            return number(new BigDecimal(stored));
        }
        return word(entity, field, stored);
    }

    public String yesNo(boolean yes) {
        return messages.get(yes ? "sync.value.yes" : "sync.value.no");
    }

    /** Whole numbers as they are; decimals (amounts are stored with four places) with two places or more. */
    public String number(BigDecimal value) {
        if (value.scale() <= 0) {
            return formats.amount(value);
        }
        BigDecimal plain = value.stripTrailingZeros();
        return formats.amount(plain.scale() < 2 ? plain.setScale(2) : plain);
    }

    /** A text value: an enum constant by its name, a stage or pipeline by its shown name, a date, or the text. */
    public String word(String entity, String field, String text) {
        String enumType = ENUMS.getOrDefault(entity + ":" + field, ENUMS.get("*:" + field));
        if (enumType != null) {
            String name = messages.find("enum." + enumType + "." + text);
            return name != null ? name : text;
        }
        if ((entity.equals("stage") || entity.equals("pipeline")) && field.equals("name")) {
            return messages.dataName(text);
        }
        try {
            if (DATE.matcher(text).matches()) {
                return formats.date(LocalDate.parse(text));
            }
            if (MOMENT.matcher(text).matches()) {
                return formats.dateTime(java.time.OffsetDateTime.parse(text).toInstant());
            }
        } catch (DateTimeParseException e) {
            return text;
        }
        // e-mail addresses and phone numbers are stored one a line
        return text.strip().replace("\n", ", ");
    }
}
