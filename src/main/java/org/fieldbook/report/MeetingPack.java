package org.fieldbook.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a meeting pack holds, computed once from the dashboard's figures: the title page's lines, the KPI
 * table and the charts. Every text is already in the user's language.
 */
public record MeetingPack(String title, String period, List<String> filters, LocalDate asOf, String currency,
                          String asOfLine, List<Kpi> kpis, List<PackChart> charts, Locale locale, Labels labels) {
    public MeetingPack {
        filters = List.copyOf(filters);
        kpis = List.copyOf(kpis);
        charts = List.copyOf(charts);
    }

    /** A row of the KPI table: its label, its value as the report has it (null: none), and that value shown. */
    public record Kpi(String label, Double value, PackChart.ValueFormat format, String shown) {
    }

    /** The fixed words of the files: table headers, sheet names, the "no value" mark. */
    public record Labels(String kpiTitle, String kpiHeader, String valueHeader, String noValue, String page) {
    }

    /** The lines under every chart: period, filters, as of, currency. */
    public String caption() {
        return period + " · " + String.join(" · ", filters) + " · " + asOfLine;
    }

    /** The same pack with only the chart called {@code name}; null when there is none. */
    public MeetingPack only(String name) {
        List<PackChart> one = charts.stream().filter(c -> c.name().equals(name)).toList();
        return one.isEmpty() ? null
                : new MeetingPack(title, period, filters, asOf, currency, asOfLine, kpis, one, locale, labels);
    }

    public List<String> chartNames() {
        return charts.stream().map(PackChart::name).toList();
    }
}
