package org.fieldbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The meeting pack as a zip of CSV files: the KPI table, then one file per chart (its categories and series).
 * UTF-8 with a byte order mark, so Excel opens Chinese names correctly; numbers plain, as the report has them.
 */
public final class CsvPackWriter {
    private static final String BOM = "\uFEFF";

    public void write(MeetingPack pack, OutputStream out, ExportProgress progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        int total = pack.charts().size() + 1;
        entry(zip, "00-kpis.csv", List.of(pack.labels().kpiHeader(), pack.labels().valueHeader()),
                pack.kpis().stream().map(k -> List.of(k.label(), plain(k.value()))).toList());
        progress.done(1, total);
        int index = 1;
        for (PackChart chart : pack.charts()) {
            progress.check();
            List<String> header = new ArrayList<>();
            header.add(chart.categoryTitle());
            chart.series().forEach(s -> header.add(s.name()));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < chart.categories().size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(chart.categories().get(i));
                for (PackChart.Series series : chart.series()) {
                    row.add(plain(series.values().get(i)));
                }
                rows.add(row);
            }
            entry(zip, fileName(index, chart), header, rows);
            progress.done(++index, total);
        }
        progress.check();
        zip.finish();
    }

    public static String fileName(int index, PackChart chart) {
        return String.format("%02d-%s.csv", index, chart.name());
    }

    private static void entry(ZipOutputStream zip, String name, List<String> header, List<List<String>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        writer.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        zip.closeEntry();
    }

    /** An empty cell for no value; otherwise the number without exponent (1.2E7 would confuse a spreadsheet). */
    static String plain(Double value) {
        if (value == null) {
            return "";
        }
        String text = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** Lets the CSV printer close its writer without closing the zip under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
