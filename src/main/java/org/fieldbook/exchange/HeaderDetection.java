package org.fieldbook.exchange;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the first row names the columns. It does when one of its cells is a name Fieldbook knows, or when
 * its cells are all distinct words while the rows below hold numbers or dates in the same columns.
 */
final class HeaderDetection {
    private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[\\d.,/ :年月日T+\\-]+");

    private HeaderDetection() {
    }

    static SourceTable table(List<SourceTable.Row> rows, Charset charset, char delimiter, Boolean hasHeader) {
        boolean header = hasHeader != null ? hasHeader : looksLikeHeader(rows);
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < width; i++) {
            String name = header ? rows.get(0).cell(i).strip() : "";
            if (name.isEmpty()) {
                name = "Column " + (i + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + " (" + n + ")";
            }
            names.add(unique);
        }
        List<SourceTable.Row> data = header ? rows.subList(1, rows.size()) : rows;
        return new SourceTable(List.copyOf(names), List.copyOf(data), charset, delimiter, header);
    }

    static boolean looksLikeHeader(List<SourceTable.Row> rows) {
        List<String> first = rows.get(0).cells();
        if (first.stream().anyMatch(cell -> ColumnMatcher.knowsName(cell))) {
            return true;
        }
        if (first.stream().anyMatch(cell -> cell.isBlank() || NUMBER_OR_DATE.matcher(cell.strip()).matches())) {
            return false;
        }
        if (new HashSet<>(first).size() != first.size()) {
            return false;
        }
        if (rows.size() == 1) {
            return true;
        }
        for (SourceTable.Row row : rows.subList(1, Math.min(rows.size(), 20))) {
            for (String cell : row.cells()) {
                if (!cell.isBlank() && NUMBER_OR_DATE.matcher(cell.strip()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
