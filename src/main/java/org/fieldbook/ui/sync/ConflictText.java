package org.fieldbook.ui.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Money;
import org.fieldbook.sync.Conflict;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.ValueText;

/**
 * A conflict's parts as a salesperson reads them: the kind of record, the field by its label, each value as
 * plain text (amounts, dates and enum names the locale's way, references by name), who made it and when.
 */
final class ConflictText {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final Messages messages;
    private final Formats formats;
    private final ValueText values;

    ConflictText(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.values = new ValueText(messages, formats);
    }

    /** "Opportunity", "Account"... */
    String entity(String entity) {
        String name = messages.find("sync.entity." + entity);
        return name != null ? name : humanized(entity);
    }

    /** The field's label, e.g. "Title"; a field without a label is named by its column. */
    String field(String entity, String field) {
        String label = messages.find("field." + entity + "." + field);
        return label != null ? label : humanized(field);
    }

    /**
     * A value as JSON (a change record's value) of a field of the row {@code rowId} as plain text, with the
     * names of the records ids refer to and the currency of an amount from {@code references}.
     */
    String value(String entity, UUID rowId, String field, String valueJson, References references) {
        JsonNode node = parse(valueJson);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return messages.get("sync.value.empty");
        }
        if (node.isBoolean()) {
            return values.yesNo(node.booleanValue());
        }
        if (node.isNumber()) {
            String currency = field.equals("amount") ? references.currencies().get(rowId) : null;
            return currency != null ? formats.money(new Money(node.decimalValue(), currency))
                    : values.number(node.decimalValue());
        }
        String text = node.asText();
        if (text.isEmpty()) {
            return messages.get("sync.value.empty");
        }
        if (field.endsWith("_id")) {
            return reference(text, references.names());
        }
        return values.word(entity, field, text);
    }

    /** A conflict with its record, field and sides in words, and the text the search looks through. */
    ConflictItem item(Conflict conflict, UUID me, References references) {
        String kind = entity(conflict.entity());
        String heading = conflict.label() == null || conflict.label().isBlank() ? kind
                : messages.get("sync.conflict.heading", kind, conflict.label());
        boolean deleted = conflict.kind() == Conflict.Kind.DELETED_WHILE_EDITED;
        String what = deleted ? messages.get("sync.conflict.deleted") : field(conflict.entity(), conflict.field());
        List<ConflictItem.Side> sides = new ArrayList<>();
        StringBuilder search = new StringBuilder(heading).append('\n').append(what);
        for (Conflict.Value value : conflict.values()) {
            String valueText;
            if (value.delete()) {
                valueText = messages.get("sync.value.deleted");
            } else {
                String field = value.field() != null ? value.field() : conflict.field();
                valueText = value(conflict.entity(), conflict.rowId(), field, value.valueJson(), references);
                if (deleted) {
                    valueText = messages.get("sync.conflict.editOf", field(conflict.entity(), field), valueText);
                }
            }
            String who = who(value, me);
            sides.add(new ConflictItem.Side(value, valueText, who, when(value.at()), value.shown()));
            search.append('\n').append(valueText).append('\n').append(who);
        }
        return new ConflictItem(conflict, heading, what, sides, search.toString().toLowerCase(Locale.ROOT));
    }

    /** Who made a side: this computer, or the other device by the name it gave the team folder. */
    String who(Conflict.Value value, UUID thisDevice) {
        if (value.version().deviceId().equals(thisDevice)) {
            return messages.get("sync.device.thisComputer");
        }
        return deviceName(value.deviceName(), value.version().deviceId());
    }

    /** A device's name, or "Device 1a2b3c4d" while its name is not known. */
    String deviceName(String name, UUID device) {
        boolean unnamed = name == null || name.isBlank() || name.equals(device.toString());
        return unnamed ? messages.get("sync.device.unnamed", shortId(device)) : name;
    }

    String when(Instant at) {
        return formats.dateTime(at);
    }

    /** The first eight hex digits of an id: enough to tell devices apart by eye. */
    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    private static String reference(String text, Map<UUID, String> names) {
        try {
            UUID id = UUID.fromString(text);
            String name = names.get(id);
            return name != null ? name : shortId(id);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static JsonNode parse(String valueJson) {
        if (valueJson == null) {
            return null;
        }
        try {
            return JSON.readTree(valueJson);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(valueJson);
        }
    }

    private static String humanized(String column) {
        String words = column.replace('_', ' ').strip();
        return words.isEmpty() ? column : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
