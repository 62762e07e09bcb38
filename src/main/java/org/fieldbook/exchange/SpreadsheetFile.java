package org.fieldbook.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an .xlsx workbook (Apache POI) into a {@link SourceTable}; dates as ISO text. */
public final class SpreadsheetFile {
    private SpreadsheetFile() {
    }

    public static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static SourceTable read(byte[] bytes, Boolean hasHeader) {
        List<SourceTable.Row> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportProblem("import.problem.empty", "the file is empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new SourceTable.Row(row.getRowNum() + 1L, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportProblem problem) {
                throw problem;
            }
            throw new ImportProblem("import.problem.xlsx", "the file is not an Excel workbook (.xlsx) that can be read",
                    e);
        }
        if (rows.isEmpty()) {
            throw new ImportProblem("import.problem.empty", "the file is empty");
        }
        return HeaderDetection.table(rows, StandardCharsets.UTF_8, ',', hasHeader);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                    : value.toString();
        }
        if (type == CellType.NUMERIC) {
            // the plain number, not the cell's display form ("1,124,741.15" or "¥1,124,741"), so no locale guessing
            return new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
