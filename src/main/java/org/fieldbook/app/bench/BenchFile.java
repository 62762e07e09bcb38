package org.fieldbook.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench.json}: a JSON array of {"name", "value", "unit"} objects, plus "limit" and "ratio" where a figure
 * is held to a limit. Writing merges: a figure replaces the one of the same name, every other figure stays,
 * so each issue adds its own figures to the same file.
 */
public final class BenchFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchFile() {
    }

    /** Merges {@code figures} into the file (created if missing) and returns the file's figures, in order. */
    public static List<JsonNode> merge(Path file, List<Figure> figures) throws IOException {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        if (Files.exists(file)) {
            JsonNode existing = JSON.readTree(file.toFile());
            if (!existing.isArray()) {
                throw new IOException(file + " is not a JSON array of figures");
            }
            existing.forEach(node -> byName.put(node.path("name").asText(), node));
        }
        figures.forEach(figure -> byName.put(figure.name(), toJson(figure)));
        ArrayNode array = JSON.createArrayNode();
        byName.values().forEach(array::add);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, JSON.writeValueAsString(array) + "\n");
        return new ArrayList<>(byName.values());
    }

    static ObjectNode toJson(Figure figure) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", figure.name());
        node.put("value", rounded(figure.value()));
        node.put("unit", figure.unit());
        if (figure.limit() != null) {
            node.put("limit", rounded(figure.limit()));
            node.put("ratio", rounded(figure.ratio()));
        }
        return node;
    }

    /** Four significant digits: more would only be noise. */
    private static BigDecimal rounded(double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        if (exact.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int scale = Math.max(0, 4 - (exact.precision() - exact.scale()));
        BigDecimal short4 = exact.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return short4.scale() < 0 ? short4.setScale(0) : short4; // 60, not 6E+1
    }

    /** The figures as an aligned text table, with "ok" or "OVER" where a figure has a limit. */
    public static String table(List<Figure> figures) {
        int width = Math.max(6, figures.stream().mapToInt(f -> f.name().length()).max().orElse(0));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %12s  %-15s %8s %9s%n",
                "figure", "value", "unit", "limit", "ratio"));
        for (Figure figure : figures) {
            String limit = figure.limit() == null ? "" : format(figure.limit());
            String ratio = figure.limit() == null ? ""
                    : String.format(Locale.ROOT, "%.2f %s", figure.ratio(), figure.withinLimit() ? "ok  " : "OVER");
            text.append(String.format(Locale.ROOT, "%-" + width + "s %12s  %-15s %8s %9s%n", figure.name(),
                    format(figure.value()), figure.unit(), limit, ratio));
        }
        return text.toString();
    }

    private static String format(double value) {
        return rounded(value).toPlainString();
    }
}
