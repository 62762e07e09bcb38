package org.fieldbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The meeting pack as Excel: a KPI sheet, then one sheet per chart with its data as a formatted table (an Excel
 * table with a style, numbers formatted as amounts, percentages or counts) and a native chart reading that table.
 */
public final class XlsxPackWriter {
    private static final int CHART_COLUMNS = 10;
    private static final int CHART_ROWS = 24;

    public void write(MeetingPack pack, OutputStream out, ExportProgress progress) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            kpiSheet(book.createSheet(unique(names, pack.labels().kpiTitle())), pack, styles);
            int total = pack.charts().size() + 1;
            progress.done(1, total);
            int done = 1;
            for (PackChart chart : pack.charts()) {
                progress.check();
                chartSheet(book.createSheet(unique(names, chart.title())), pack, chart, styles, done);
                progress.done(++done, total);
            }
            progress.check();
            book.write(out);
        }
    }

    private static void kpiSheet(XSSFSheet sheet, MeetingPack pack, Styles styles) {
        int row = 0;
        cell(sheet, row++, 0, pack.title(), styles.title);
        cell(sheet, row++, 0, pack.period(), null);
        for (String filter : pack.filters()) {
            cell(sheet, row++, 0, filter, null);
        }
        cell(sheet, row++, 0, pack.asOfLine(), null);
        row++;
        int header = row;
        cell(sheet, row, 0, pack.labels().kpiHeader(), styles.header);
        cell(sheet, row++, 1, pack.labels().valueHeader(), styles.header);
        for (MeetingPack.Kpi kpi : pack.kpis()) {
            cell(sheet, row, 0, kpi.label(), null);
            number(sheet, row++, 1, kpi.value(), styles.of(kpi.format()));
        }
        table(sheet, header, row - 1, 1, "Kpis");
        printedOnOnePage(sheet);
        sheet.setColumnWidth(0, 46 * 256);
        sheet.setColumnWidth(1, 20 * 256);
    }

    private static void chartSheet(XSSFSheet sheet, MeetingPack pack, PackChart chart, Styles styles, int index) {
        cell(sheet, 0, 0, chart.title(), styles.title);
        cell(sheet, 1, 0, pack.caption(), null);
        int header = 3;
        cell(sheet, header, 0, chart.categoryTitle(), styles.header);
        for (int s = 0; s < chart.series().size(); s++) {
            cell(sheet, header, s + 1, chart.series().get(s).name(), styles.header);
        }
        CellStyle values = styles.of(chart.format());
        for (int i = 0; i < chart.categories().size(); i++) {
            cell(sheet, header + 1 + i, 0, chart.categories().get(i), null);
            for (int s = 0; s < chart.series().size(); s++) {
                number(sheet, header + 1 + i, s + 1, chart.series().get(s).values().get(i), values);
            }
        }
        int last = header + Math.max(1, chart.categories().size());
        if (chart.categories().isEmpty()) {
            cell(sheet, last, 0, pack.labels().noValue(), null);
        }
        int columns = chart.series().size();
        table(sheet, header, last, columns, "Chart" + index);
        sheet.setColumnWidth(0, 30 * 256);
        for (int s = 1; s <= columns; s++) {
            sheet.setColumnWidth(s, 16 * 256);
        }
        printedOnOnePage(sheet);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, columns + 2, header, columns + 2 + CHART_COLUMNS,
                header + CHART_ROWS);
        XSSFChart native_ = drawing.createChart(anchor);
        CellRangeAddress categoryCells = new CellRangeAddress(header + 1, last, 0, 0);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, categoryCells);
        List<XDDFNumericalDataSource<Double>> series = new ArrayList<>();
        List<XddfPlot.SeriesTitle> titles = new ArrayList<>();
        for (int s = 0; s < columns; s++) {
            int column = s + 1;
            series.add(XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(header + 1, last, column, column)));
            String name = chart.series().get(s).name();
            titles.add(target -> target.setTitle(name, new CellReference(sheet.getSheetName(), header, column, true,
                    true)));
        }
        XddfPlot.plot(native_, chart, categories, series, titles);
    }

    /** Landscape, the table and its chart on one page, so that printing (or a PDF of the sheet) cuts nothing. */
    private static void printedOnOnePage(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    private static void table(XSSFSheet sheet, int header, int last, int lastColumn, String name) {
        XSSFTable table = sheet.createTable(new AreaReference(new CellReference(header, 0),
                new CellReference(Math.max(last, header + 1), lastColumn), SpreadsheetVersion.EXCEL2007));
        table.setName(name);
        table.setDisplayName(name);
        table.setStyleName("TableStyleMedium2");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
    }

    private static void cell(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
        XSSFCell cell = row(sheet, row).createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(XSSFSheet sheet, int row, int column, Double value, CellStyle style) {
        XSSFCell cell = row(sheet, row).createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** Sheet names: at most 31 characters, none of []:*?/\, and no two alike (Excel compares them ignoring case). */
    static String unique(Set<String> taken, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        private final XSSFWorkbook book;
        private final java.util.Map<PackChart.ValueFormat, CellStyle> formats = new java.util.EnumMap<>(
                PackChart.ValueFormat.class);

        Styles(XSSFWorkbook book) {
            this.book = book;
            XSSFFont big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(big);
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
        }

        CellStyle of(PackChart.ValueFormat format) {
            return formats.computeIfAbsent(format, f -> {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(XddfPlot.cellFormat(f)));
                return style;
            });
        }
    }
}
