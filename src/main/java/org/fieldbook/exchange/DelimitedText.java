package org.fieldbook.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV text (comma, semicolon, tab or bar separated) with Apache Commons CSV into a {@link SourceTable}. */
public final class DelimitedText {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private DelimitedText() {
    }

    /** Reads the file's bytes; {@code charset} and {@code delimiter} are the user's choices, null to detect. */
    public static SourceTable read(byte[] bytes, Charset charset, Character delimiter, Boolean hasHeader) {
        if (bytes.length == 0) {
            throw new ImportProblem("import.problem.empty", "the file is empty");
        }
        Charset chosen = charset != null ? charset : TextEncodings.detect(bytes).charset();
        if (TextEncodings.looksBinary(bytes, chosen)) {
            throw new ImportProblem("import.problem.binary", "the file is not a text (CSV) file");
        }
        String text = TextEncodings.decode(bytes, chosen);
        if (text.isBlank()) {
            throw new ImportProblem("import.problem.empty", "the file is empty");
        }
        char separator = delimiter != null ? delimiter : detectDelimiter(text);
        List<SourceTable.Row> rows = parse(text, separator);
        if (rows.isEmpty()) {
            throw new ImportProblem("import.problem.empty", "the file is empty");
        }
        return HeaderDetection.table(rows, chosen, separator, hasHeader);
    }

    /** The candidate that splits the first lines into the same number (more than one) of cells most often. */
    static char detectDelimiter(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(20).toList();
        char best = ',';
        int bestScore = 0;
        for (char candidate : CANDIDATES) {
            int first = countOutsideQuotes(lines.isEmpty() ? "" : lines.get(0), candidate);
            if (first == 0) {
                continue;
            }
            int consistent = 0;
            for (String line : lines) {
                if (countOutsideQuotes(line, candidate) == first) {
                    consistent++;
                }
            }
            int score = consistent * 1000 + first;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char candidate) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == candidate && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static List<SourceTable.Row> parse(String text, char separator) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        List<SourceTable.Row> rows = new ArrayList<>();
        long lastGoodLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(e, lastGoodLine);
                }
                // getCurrentLineNumber counts line breaks read; the record began after the previous one ended
                long line = lastGoodLine;
                lastGoodLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new SourceTable.Row(line, cells));
            }
        } catch (IOException e) {
            throw unreadable(e, lastGoodLine);
        }
        return rows;
    }

    private static ImportProblem unreadable(Exception e, long line) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return new ImportProblem("import.problem.openQuote",
                    "line " + line + ": a quote (\") opens a value that is never closed", e, line);
        }
        return new ImportProblem("import.problem.unreadable", "line " + line + ": the file cannot be read as CSV ("
                + detail + ")", e, line, detail);
    }
}
