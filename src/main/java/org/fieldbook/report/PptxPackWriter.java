package org.fieldbook.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The meeting pack as PowerPoint: a title slide, a KPI table slide, then one slide per chart holding a native
 * chart whose data sits in the chart's own workbook, so the presenter can restyle and edit it. 16:9 slides.
 */
public final class PptxPackWriter {
    private static final double WIDTH = 960;
    private static final double HEIGHT = 540;

    public void write(MeetingPack pack, OutputStream out, ExportProgress progress) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            int total = pack.charts().size() + 2;
            titleSlide(show.createSlide(), pack);
            kpiSlide(show.createSlide(), pack);
            progress.done(2, total);
            int done = 2;
            for (PackChart chart : pack.charts()) {
                progress.check();
                chartSlide(show, pack, chart);
                progress.done(++done, total);
            }
            progress.check();
            show.write(out);
        }
    }

    private static void titleSlide(XSLFSlide slide, MeetingPack pack) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(60, 150, WIDTH - 120, 260));
        box.clearText();
        run(box, pack.title(), 36, true, new Color(0x1F2937));
        run(box, pack.period(), 20, false, new Color(0x374151));
        for (String filter : pack.filters()) {
            run(box, filter, 16, false, new Color(0x6B7280));
        }
        run(box, pack.asOfLine(), 16, false, new Color(0x6B7280));
    }

    private static void kpiSlide(XSLFSlide slide, MeetingPack pack) {
        heading(slide, pack.labels().kpiTitle());
        XSLFTable table = slide.createTable(pack.kpis().size() + 1, 2);
        table.setAnchor(new Rectangle2D.Double(60, 80, WIDTH - 120, HEIGHT - 110));
        table.setColumnWidth(0, (WIDTH - 120) * 0.62);
        table.setColumnWidth(1, (WIDTH - 120) * 0.38);
        cell(table.getCell(0, 0), pack.labels().kpiHeader(), true, 0x2563EB);
        cell(table.getCell(0, 1), pack.labels().valueHeader(), true, 0x2563EB);
        for (int i = 0; i < pack.kpis().size(); i++) {
            MeetingPack.Kpi kpi = pack.kpis().get(i);
            int shade = i % 2 == 0 ? 0xF3F4F6 : 0xFFFFFF;
            cell(table.getCell(i + 1, 0), kpi.label(), false, shade);
            cell(table.getCell(i + 1, 1), kpi.shown(), false, shade);
        }
        for (int row = 0; row < table.getNumberOfRows(); row++) {
            table.setRowHeight(row, (HEIGHT - 110) / table.getNumberOfRows());
        }
    }

    private static void cell(XSLFTableCell cell, String text, boolean header, int fill) {
        cell.clearText();
        XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
        run.setText(text);
        run.setFontSize(11.0);
        run.setBold(header);
        run.setFontColor(header ? Color.WHITE : new Color(0x1F2937));
        cell.setFillColor(new Color(fill));
        cell.setTopInset(2.0);
        cell.setBottomInset(2.0);
    }

    private static void chartSlide(XMLSlideShow show, MeetingPack pack, PackChart chart) {
        XSLFSlide slide = show.createSlide();
        XSLFChart native_ = show.createChart();
        Rectangle2D.Double area = new Rectangle2D.Double(30, 20, WIDTH - 60, HEIGHT - 70);
        slide.addChart(native_, new java.awt.Rectangle(Units.toEMU(area.x), Units.toEMU(area.y),
                Units.toEMU(area.width), Units.toEMU(area.height)));
        int points = chart.categories().size();
        String categoryRange = native_.formatRange(new CellRangeAddress(1, Math.max(1, points), 0, 0));
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                chart.categories().toArray(new String[0]), categoryRange, 0);
        List<XDDFNumericalDataSource<Double>> values = new ArrayList<>();
        List<XddfPlot.SeriesTitle> titles = new ArrayList<>();
        for (int s = 0; s < chart.series().size(); s++) {
            PackChart.Series series = chart.series().get(s);
            int column = s + 1;
            String range = native_.formatRange(new CellRangeAddress(1, Math.max(1, points), column, column));
            XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(
                    series.values().toArray(new Double[0]), range, column);
            source.setFormatCode(XddfPlot.cellFormat(chart.format()));
            values.add(source);
            titles.add(target -> target.setTitle(series.name(), native_.setSheetTitle(series.name(), column)));
        }
        XddfPlot.plot(native_, chart, categories, values, titles);
        XSLFTextBox caption = slide.createTextBox();
        caption.setAnchor(new Rectangle2D.Double(30, HEIGHT - 44, WIDTH - 60, 30));
        caption.clearText();
        run(caption, pack.caption(), 10, false, new Color(0x6B7280));
    }

    private static void heading(XSLFSlide slide, String text) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(60, 24, WIDTH - 120, 46));
        box.clearText();
        run(box, text, 26, true, new Color(0x1F2937));
    }

    private static void run(XSLFTextBox box, String text, double size, boolean bold, Color colour) {
        XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
    }
}
