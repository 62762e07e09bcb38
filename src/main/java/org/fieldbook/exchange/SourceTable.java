package org.fieldbook.exchange;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file read as a table: its column names (made up as "Column 1"... when it has no header row) and its rows,
 * each with the line (CSV) or row number (XLSX) the user sees in their editor.
 */
public record SourceTable(List<String> headers, List<Row> rows, Charset charset, char delimiter, boolean hasHeader) {
    public record Row(long line, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    public int indexOf(String header) {
        return headers.indexOf(header);
    }
}
