package org.fieldbook.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an exported table as CSV (UTF-8 with a byte-order mark, so that Excel shows Chinese names right) or as
 * an .xlsx workbook with numbers and dates as real cells. The file appears complete or not at all.
 */
public final class TableFiles {
    private TableFiles() {
    }

    public static void writeCsv(TableExport.Table table, Path file, ZoneId zone) throws IOException {
        Path partial = partial(file);
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(cell -> text(cell, zone)).toList());
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void writeXlsx(TableExport.Table table, Path file, String sheetName, ZoneId zone) throws IOException {
        Path partial = partial(file);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                var cell = first.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Instant instant) {
                        cell.setCellValue(instant.atZone(zone).toLocalDateTime());
                        cell.setCellStyle(time);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path partial(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve("." + file.getFileName() + ".partial");
    }

    private static String text(Object cell, ZoneId zone) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (cell instanceof Instant instant) {
            return instant.atZone(zone).toOffsetDateTime().toString();
        }
        return cell.toString();
    }
}
