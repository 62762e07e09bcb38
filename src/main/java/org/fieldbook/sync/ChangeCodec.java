package org.fieldbook.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.Version;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;
import org.fieldbook.store.change.Hlc;

/**
 * A change record as it travels between devices: one JSON object. The header fields (format, change id,
 * device and sequence) are read from any format, so a record of a newer format can be kept in order and
 * reported instead of dropped or misread.
 */
public final class ChangeCodec {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ChangeCodec() {
    }

    /** What every format must carry. */
    public record Header(int format, UUID changeId, UUID deviceId, long deviceSeq, long hlcWall) {
    }

    /** A record read from the wire: its header, and the change itself when this version understands it. */
    public record Decoded(Header header, Optional<ChangeRecord> change, String payload) {
    }

    public static String encode(ChangeRecord change) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", change.format());
        node.put("schemaVersion", change.schemaVersion());
        node.put("changeId", change.changeId().toString());
        node.put("deviceId", change.deviceId().toString());
        node.put("deviceSeq", change.deviceSeq());
        node.put("hlcWall", change.hlc().wallMillis());
        node.put("hlcCounter", change.hlc().counter());
        node.put("entity", change.entity());
        node.put("rowId", change.rowId().toString());
        node.put("op", change.op().name());
        if (change.field() != null) {
            node.put("field", change.field());
        }
        if (change.valueJson() != null) {
            node.set("value", parse(change.valueJson()));
        }
        ArrayNode bases = node.putArray("bases");
        change.bases().stream().map(Version::toString).sorted().forEach(bases::add);
        return write(node);
    }

    /** Decodes a record; throws {@link IllegalArgumentException} when even its header is unreadable. */
    public static Decoded decode(String payload) {
        JsonNode node = parse(payload);
        Header header;
        try {
            header = new Header(node.required("format").asInt(), UUID.fromString(node.required("changeId").asText()),
                    UUID.fromString(node.required("deviceId").asText()), node.required("deviceSeq").asLong(),
                    node.path("hlcWall").asLong());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a change record: " + e.getMessage(), e);
        }
        if (header.format() > ChangeRecord.FORMAT) {
            return new Decoded(header, Optional.empty(), payload);
        }
        Set<Version> bases = new HashSet<>();
        node.path("bases").forEach(base -> bases.add(Version.parse(base.asText())));
        JsonNode value = node.get("value");
        ChangeRecord change = new ChangeRecord(header.changeId(), header.format(),
                node.required("schemaVersion").asInt(), header.deviceId(), header.deviceSeq(),
                new Hlc(header.hlcWall(), node.required("hlcCounter").asInt(), header.deviceId()),
                node.required("entity").asText(), UUID.fromString(node.required("rowId").asText()),
                ChangeOp.valueOf(node.required("op").asText()), node.hasNonNull("field") ? node.get("field").asText()
                : null, value == null ? null : write(value), bases);
        return new Decoded(header, Optional.of(change), payload);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
