package org.fieldbook.store.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Column values as JSON for change records. Decimals stay exact (written as JSON numbers with their scale),
 * times as ISO-8601 instants in UTC, dates and UUIDs as strings: a peer decodes by the column's type.
 */
public final class ChangeValues {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ChangeValues() {
    }

    public static String encode(Object value) {
        return write(node(value));
    }

    public static String encodeRow(Map<String, Object> columns) {
        ObjectNode row = JSON.createObjectNode();
        columns.forEach((name, value) -> row.set(name, node(value)));
        return write(row);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a change value: " + json, e);
        }
    }

    /** Reads a value written by {@link #encode} back as the given column type. */
    public static Object decode(JsonNode node, Class<?> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type == String.class) {
            return node.asText();
        } else if (type == BigDecimal.class) {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
        } else if (type == Integer.class) {
            return node.asInt();
        } else if (type == Long.class) {
            return node.asLong();
        } else if (type == Double.class) {
            return node.asDouble();
        } else if (type == Boolean.class) {
            return node.asBoolean();
        } else if (type == UUID.class) {
            return UUID.fromString(node.asText());
        } else if (type == LocalDate.class) {
            return LocalDate.parse(node.asText());
        } else if (type == OffsetDateTime.class) {
            return java.time.Instant.parse(node.asText()).atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("no change decoding for " + type);
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory nodes = JSON.getNodeFactory();
        if (value == null) {
            return nodes.nullNode();
        } else if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        } else if (value instanceof Integer number) {
            return nodes.numberNode(number);
        } else if (value instanceof Long number) {
            return nodes.numberNode(number);
        } else if (value instanceof Double number) {
            return nodes.numberNode(number);
        } else if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        } else if (value instanceof OffsetDateTime time) {
            return nodes.textNode(time.toInstant().toString());
        } else if (value instanceof LocalDate || value instanceof UUID || value instanceof String) {
            return nodes.textNode(value.toString());
        }
        throw new IllegalArgumentException("no change encoding for " + value.getClass());
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
