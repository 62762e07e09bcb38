package org.fieldbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldbook.analytics.AnalyticsService;
import org.fieldbook.analytics.FilterChoices;
import org.fieldbook.analytics.KpiFilter;
import org.fieldbook.analytics.KpiFixture;
import org.fieldbook.analytics.Kpis;
import org.fieldbook.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each meeting file, opened again with the library that reads it: the slides, sheets, pages and CSV files hold
 * the report's own numbers (KpiFixture, Q2 2025, EUR at 1.10 USD), with native charts of the right types.
 */
class PackFilesTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    static Path folder;
    static Database database;
    static Kpis kpis;
    static MeetingPack english;
    static MeetingPack chinese;

    @TempDir
    Path out;

    @BeforeAll
    static void compute() {
        database = Database.open(folder);
        KpiFixture.load(database.store());
        AnalyticsService analytics = new AnalyticsService(database.store(), TODAY);
        analytics.saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
        kpis = analytics.compute(KpiFilter.period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        FilterChoices choices = analytics.choices();
        english = new MeetingPacks(ReportText.load(Locale.ENGLISH)).of(kpis, choices, LocalDate.of(2025, 6, 15));
        chinese = new MeetingPacks(ReportText.load(Locale.SIMPLIFIED_CHINESE)).of(kpis, choices,
                LocalDate.of(2025, 6, 15));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private Path write(ExportFormat format, MeetingPack pack) throws IOException {
        Path file = out.resolve("pack." + format.extension());
        new MeetingExport().write(format, pack, file, 1, false, ExportProgress.none());
        return file;
    }

    @Test
    void powerPointHasATitleAKpiTableAndOneNativeChartPerChartWithTheReportsValues() throws Exception {
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(write(ExportFormat.PPTX, english)))) {
            assertEquals(MeetingPacks.CHART_NAMES.size() + 2, show.getSlides().size());
            assertEquals(MeetingPacks.CHART_NAMES.size(), show.getCharts().size());
            List<XSLFChart> charts = show.getSlides().stream().flatMap(slide -> slide.getRelations().stream())
                    .filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast).toList();
            XDDFChartData funnel = only(charts.get(0));
            assertEquals(BarDirection.BAR, assertInstanceOf(XDDFBarChartData.class, funnel).getBarDirection());
            assertEquals(kpis.funnel().get(0).steps().stream().map(s -> (double) s.reached()).toList(),
                    values(funnel.getSeries(0)));
            XDDFChartData byStage = only(charts.get(2));
            assertEquals(kpis.openByStage().stream().map(s -> s.amount().doubleValue()).toList(),
                    values(byStage.getSeries(0)));
            assertEquals(kpis.openByStage().stream().map(s -> s.weighted().doubleValue()).toList(),
                    values(byStage.getSeries(1)));
            assertEquals(BarDirection.COL, assertInstanceOf(XDDFBarChartData.class, only(charts.get(3)))
                    .getBarDirection());
            XDDFChartData winRate = assertInstanceOf(XDDFLineChartData.class, only(charts.get(4)));
            assertEquals(kpis.winRateByMonth().stream().map(Kpis.MonthWinRate::winRate).toList(),
                    values(winRate.getSeries(0)));
            XDDFChartData tiers = assertInstanceOf(XDDFDoughnutChartData.class, only(charts.get(9)));
            assertEquals(kpis.accountTiers().tiers().stream().map(t -> t.amount().doubleValue()).toList(),
                    values(tiers.getSeries(0)));
            assertTrue(charts.get(0).getWorkbook().getSheetAt(0).getPhysicalNumberOfRows() > 1,
                    "the chart's data is in its own workbook, to edit in PowerPoint");
        }
    }

    @Test
    void excelHasAKpiSheetAndPerChartATableAndAChartReadingIt() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(write(ExportFormat.XLSX, english)))) {
            assertEquals(MeetingPacks.CHART_NAMES.size() + 1, book.getNumberOfSheets());
            XSSFSheet kpiSheet = book.getSheetAt(0);
            assertEquals(1, kpiSheet.getTables().size());
            assertEquals(kpis.wonAmount().doubleValue(), cellRightOf(kpiSheet, "Won"), 1e-9);
            assertEquals(kpis.winRate(), cellRightOf(kpiSheet, "Win rate"), 1e-12);
            for (int i = 1; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertEquals(1, sheet.getTables().size(), sheet.getSheetName());
                List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
                assertEquals(1, charts.size(), sheet.getSheetName());
            }
            XSSFSheet stages = book.getSheetAt(3);
            assertEquals(english.charts().get(2).title().substring(0, 20), stages.getSheetName().substring(0, 20));
            for (int r = 0; r < kpis.openByStage().size(); r++) {
                assertEquals(kpis.openByStage().get(r).amount().doubleValue(),
                        stages.getRow(4 + r).getCell(1).getNumericCellValue(), 1e-9);
            }
            XDDFChartData chart = only(stages.getDrawingPatriarch().getCharts().get(0));
            assertEquals("'" + stages.getSheetName() + "'!$B$5:$B$" + (4 + kpis.openByStage().size()),
                    chart.getSeries(0).getValuesData().getDataRangeReference());
        }
    }

    @Test
    void thePdfHasATitlePageAndOnePagePerChartWithChineseTextInAnEmbeddedFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(ExportFormat.PDF, chinese).toFile())) {
            assertEquals(MeetingPacks.CHART_NAMES.size() + 1, pdf.getNumberOfPages());
            assertTrue(pdf.getPage(1).getMediaBox().getWidth() > pdf.getPage(1).getMediaBox().getHeight(),
                    "landscape");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("关键指标"), text);
            assertTrue(text.contains("赢单率"), "a Chinese KPI label");
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void theCsvZipHasOneFilePerChartInUtf8WithAByteOrderMark() throws IOException {
        List<String> names = new ArrayList<>();
        String funnel = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(write(ExportFormat.CSV, chinese)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                byte[] bytes = zip.readAllBytes();
                assertEquals(0xEF, bytes[0] & 0xFF, entry.getName() + " starts with the BOM");
                assertEquals(0xBB, bytes[1] & 0xFF);
                assertEquals(0xBF, bytes[2] & 0xFF);
                if (entry.getName().endsWith("funnel.csv")) {
                    funnel = new String(bytes, StandardCharsets.UTF_8).substring(1);
                }
            }
        }
        assertEquals(MeetingPacks.CHART_NAMES.size() + 1, names.size());
        assertEquals("01-funnel.csv", names.get(1));
        String[] lines = funnel.split("\r\n");
        assertEquals("阶段,到达的商机", lines[0]);
        Kpis.Funnel.Step first = kpis.funnel().get(0).steps().get(0);
        assertEquals(ReportText.load(Locale.SIMPLIFIED_CHINESE).dataName(first.stage()) + "," + first.reached(),
                lines[1]);
    }

    @Test
    void aPngIsDrawnWithoutADisplayAtTheChosenScaleOnWhiteOrTransparent() throws IOException {
        MeetingPack one = chinese.only("funnel");
        Path file = out.resolve("funnel.png");
        new MeetingExport().write(ExportFormat.PNG, one, file, 2, true, ExportProgress.none());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(2 * PngChartWriter.WIDTH, image.getWidth());
        assertEquals(2 * PngChartWriter.HEIGHT, image.getHeight());
        assertEquals(0, image.getRGB(1, 1) >>> 24, "a transparent corner");
        new MeetingExport().write(ExportFormat.PNG, one, file, 1, false, ExportProgress.none());
        assertEquals(0xFFFFFFFF, ImageIO.read(file.toFile()).getRGB(1, 1), "a white corner");
    }

    private static XDDFChartData only(XDDFChart chart) {
        assertEquals(1, chart.getChartSeries().size());
        return chart.getChartSeries().get(0);
    }

    private static List<Double> values(XDDFChartData.Series series) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < series.getValuesData().getPointCount(); i++) {
            Number value = series.getValuesData().getPointAt(i);
            values.add(value == null ? null : value.doubleValue());
        }
        return values;
    }

    private static double cellRightOf(XSSFSheet sheet, String label) {
        for (var row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
