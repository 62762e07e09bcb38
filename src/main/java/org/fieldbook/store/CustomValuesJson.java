package org.fieldbook.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.fieldbook.domain.CustomValues;

/**
 * The custom_fields column: a JSON object of key to canonical text, keys sorted so the same values always
 * write the same text (an unchanged record writes no change); no values is NULL.
 */
final class CustomValuesJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() { };

    private CustomValuesJson() {
    }

    static String encode(CustomValues values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values.values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("custom values cannot be written", e);
        }
    }

    static CustomValues decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return CustomValues.NONE;
        }
        try {
            Map<String, String> values = JSON.readValue(stored, MAP);
            return CustomValues.of(values);
        } catch (JsonProcessingException e) {
            return CustomValues.NONE; // not ours to read (a newer format): shown as none, kept in the row
        }
    }
}
