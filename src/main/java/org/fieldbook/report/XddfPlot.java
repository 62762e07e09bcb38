package org.fieldbook.report;

import java.util.List;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.fieldbook.report.PackChart.Kind;

/**
 * Puts a pack chart into a native Office chart (PowerPoint and Excel share DrawingML charts): bar, column,
 * stacked column, line or doughnut, the funnel as bars in step order from the top, in the painter's colours.
 * The caller gives the data sources: literal values in a slide's embedded workbook, cell ranges in a sheet.
 */
final class XddfPlot {
    private XddfPlot() {
    }

    static void plot(XDDFChart chart, PackChart pack, XDDFDataSource<String> categories,
                     List<XDDFNumericalDataSource<Double>> values, List<SeriesTitle> titles) {
        chart.setTitleText(pack.title());
        chart.setTitleOverlay(false);
        XDDFChartData data;
        if (pack.kind() == Kind.DOUGHNUT) {
            XDDFDoughnutChartData doughnut = (XDDFDoughnutChartData) chart.createData(ChartTypes.DOUGHNUT, null, null);
            doughnut.setHoleSize(55);
            doughnut.setVaryColors(true);
            data = doughnut;
        } else {
            boolean across = pack.kind() == Kind.BAR || pack.kind() == Kind.FUNNEL;
            XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(across ? AxisPosition.LEFT : AxisPosition.BOTTOM);
            XDDFValueAxis valueAxis = chart.createValueAxis(across ? AxisPosition.BOTTOM : AxisPosition.LEFT);
            valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
            valueAxis.setNumberFormat(numberFormat(pack.format()));
            valueAxis.setMinimum(0);
            if (across) {
                categoryAxis.setOrientation(AxisOrientation.MAX_MIN); // first step on top, as on the dashboard
                valueAxis.setCrosses(AxisCrosses.MAX);
            } else {
                valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
            }
            if (pack.kind() == Kind.LINE) {
                data = chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
            } else {
                XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
                bars.setBarDirection(across ? BarDirection.BAR : BarDirection.COL);
                bars.setBarGrouping(pack.kind() == Kind.STACKED_COLUMN ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
                bars.setGapWidth(pack.kind() == Kind.FUNNEL ? 30 : 80);
                bars.setVaryColors(pack.kind() == Kind.FUNNEL);
                data = bars;
            }
        }
        for (int s = 0; s < values.size(); s++) {
            XDDFChartData.Series series = data.addSeries(categories, values.get(s));
            titles.get(s).apply(series);
            if (pack.kind() == Kind.LINE) {
                XDDFLineChartData.Series line = (XDDFLineChartData.Series) series;
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
                line.setLineProperties(new XDDFLineProperties(fill(0)));
            } else if (pack.kind() != Kind.DOUGHNUT && pack.kind() != Kind.FUNNEL) {
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setFillProperties(fill(s));
                series.setShapeProperties(shape);
            }
        }
        chart.plot(data);
        if (values.size() > 1 || pack.kind() == Kind.DOUGHNUT) {
            var legend = chart.getOrAddLegend();
            legend.setPosition(pack.kind() == Kind.DOUGHNUT ? LegendPosition.RIGHT : LegendPosition.TOP);
            legend.setOverlay(false);
        }
    }

    /** How a series is named: a cell of the sheet, or a literal in a slide's embedded workbook. */
    interface SeriesTitle {
        void apply(XDDFChartData.Series series);
    }

    static String numberFormat(PackChart.ValueFormat format) {
        return switch (format) {
            case MONEY -> "#,##0";
            case PERCENT -> "0%";
            case COUNT -> "#,##0";
            case DAYS, HOURS -> "0.0";
        };
    }

    static String cellFormat(PackChart.ValueFormat format) {
        return switch (format) {
            case MONEY -> "#,##0.00";
            case PERCENT -> "0.0%";
            case COUNT -> "#,##0";
            case DAYS, HOURS -> "0.0";
        };
    }

    private static XDDFSolidFillProperties fill(int index) {
        int rgb = ChartPainter.colour(index);
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8),
            (byte) rgb}));
    }

    static XDDFSolidFillProperties white() {
        return new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE));
    }
}
