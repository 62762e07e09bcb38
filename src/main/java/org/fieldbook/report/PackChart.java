package org.fieldbook.report;

import java.util.List;

/**
 * One chart of the meeting pack as plain data, what every format draws: categories along one axis and one
 * or more series of values (null where there is no value). Values are the report's own numbers: amounts in
 * the reporting currency, rates as fractions (0.25 for 25 %).
 */
public record PackChart(String name, String title, Kind kind, ValueFormat format, String categoryTitle,
                        List<String> categories, List<Series> series) {
    public PackChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** Horizontal bars, vertical columns, columns stacked, a line, a doughnut, a funnel (sorted bars). */
    public enum Kind { BAR, COLUMN, STACKED_COLUMN, LINE, DOUGHNUT, FUNNEL }

    public enum ValueFormat { MONEY, PERCENT, COUNT, DAYS, HOURS }

    public record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** The largest value of any series, 0 when there is none. */
    public double largest() {
        return series.stream().flatMap(s -> s.values().stream()).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The largest sum of one category over the series: the height of a stacked column. */
    public double largestStack() {
        double most = 0;
        for (int i = 0; i < categories.size(); i++) {
            double sum = 0;
            for (Series s : series) {
                Double v = s.values().get(i);
                sum += v == null ? 0 : v;
            }
            most = Math.max(most, sum);
        }
        return most;
    }
}
