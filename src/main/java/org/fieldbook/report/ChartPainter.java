package org.fieldbook.report;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.report.ChartCanvas.Align;
import org.fieldbook.report.PackChart.Kind;

/**
 * Draws a pack chart as vector shapes, the same on a PDF page and in a PNG: title, legend, axes with round
 * ticks, bars, columns, a line or a doughnut. Horizontal charts list their first category at the top.
 */
final class ChartPainter {
    static final int[] PALETTE = {0x2563EB, 0xF59E0B, 0x10B981, 0xEF4444, 0x8B5CF6, 0xEC4899, 0x14B8A6,
        0x84CC16, 0x6B7280};
    private static final int INK = 0x1F2937;
    private static final int MUTED = 0x6B7280;
    private static final int GRID = 0xE5E7EB;
    private static final double TITLE = 16;
    private static final double SMALL = 9;

    private final ValueText values;

    ChartPainter(ValueText values) {
        this.values = values;
    }

    static int colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Draws the chart inside the box; returns nothing, throws nothing for an empty chart (it says so). */
    void paint(PackChart chart, ChartCanvas canvas, double x, double y, double width, double height) {
        canvas.text(chart.title(), x, y + TITLE, TITLE, INK, Align.LEFT);
        double top = y + TITLE + 10;
        if (chart.series().size() > 1 || chart.kind() == Kind.DOUGHNUT) {
            top = legend(chart, canvas, x, top, width) + 6;
        }
        double plotHeight = y + height - top;
        if (chart.categories().isEmpty()) {
            canvas.text(values.shown(null, chart.format()), x + width / 2, top + plotHeight / 2, TITLE, MUTED,
                    Align.CENTER);
            return;
        }
        switch (chart.kind()) {
            case BAR, FUNNEL -> across(chart, canvas, x, top, width, plotHeight);
            case DOUGHNUT -> doughnut(chart, canvas, x, top, width, plotHeight);
            default -> upright(chart, canvas, x, top, width, plotHeight);
        }
    }

    private double legend(PackChart chart, ChartCanvas canvas, double x, double y, double width) {
        List<String> names = chart.kind() == Kind.DOUGHNUT ? doughnutNames(chart)
                : chart.series().stream().map(PackChart.Series::name).toList();
        double at = x;
        double line = y;
        for (int i = 0; i < names.size(); i++) {
            double itemWidth = 14 + canvas.textWidth(names.get(i), SMALL + 1) + 14;
            if (at + itemWidth > x + width && at > x) {
                at = x;
                line += SMALL + 7;
            }
            canvas.fillRect(at, line + 1, 9, 9, colour(i));
            canvas.text(names.get(i), at + 13, line + SMALL, SMALL + 1, INK, Align.LEFT);
            at += itemWidth;
        }
        return line + SMALL + 7;
    }

    private List<String> doughnutNames(PackChart chart) {
        List<Double> amounts = chart.series().get(0).values();
        double total = amounts.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            Double v = amounts.get(i);
            names.add(chart.categories().get(i) + ": " + values.shown(v, chart.format())
                    + (v == null || total <= 0 ? "" : " (" + values.shown(v / total, PackChart.ValueFormat.PERCENT) + ")"));
        }
        return names;
    }

    /** Columns, stacked columns or a line: categories along the bottom, values up. */
    private void upright(PackChart chart, ChartCanvas canvas, double x, double y, double width, double height) {
        boolean stacked = chart.kind() == Kind.STACKED_COLUMN;
        Ticks ticks = Ticks.of(stacked ? chart.largestStack() : chart.largest());
        double left = x + ticks.labels(values, chart.format()).stream().mapToDouble(t -> canvas.textWidth(t, SMALL))
                .max().orElse(0) + 6;
        double bottom = y + height - SMALL - 8;
        double plotWidth = x + width - left;
        valueGrid(canvas, ticks, chart, left, y, plotWidth, bottom, false);
        int count = chart.categories().size();
        double slot = plotWidth / count;
        double widest = chart.categories().stream().mapToDouble(c -> canvas.textWidth(c, SMALL)).max().orElse(0);
        int every = (int) Math.ceil((widest + 6) / slot);
        for (int i = 0; i < count; i += Math.max(1, every)) {
            canvas.text(fit(canvas, chart.categories().get(i), slot * Math.max(1, every) - 4), left + slot * (i + 0.5),
                    bottom + SMALL + 4, SMALL, MUTED, Align.CENTER);
        }
        int seriesCount = chart.series().size();
        for (int s = 0; s < seriesCount; s++) {
            List<Double> v = chart.series().get(s).values();
            if (chart.kind() == Kind.LINE) {
                line(canvas, v, left, slot, y, bottom, ticks, colour(s));
                continue;
            }
            for (int i = 0; i < count; i++) {
                double value = v.get(i) == null ? 0 : v.get(i);
                double barHeight = value / ticks.top() * (bottom - y);
                if (stacked) {
                    double below = 0;
                    for (int t = 0; t < s; t++) {
                        Double under = chart.series().get(t).values().get(i);
                        below += under == null ? 0 : under;
                    }
                    double base = bottom - below / ticks.top() * (bottom - y);
                    canvas.fillRect(left + slot * i + slot * 0.1, base - barHeight, slot * 0.8, barHeight, colour(s));
                } else {
                    double bar = slot * 0.8 / seriesCount;
                    double at = left + slot * i + slot * 0.1 + bar * s;
                    canvas.fillRect(at, bottom - barHeight, bar * 0.92, barHeight, colour(s));
                    if (seriesCount == 1 && v.get(i) != null && count <= 12) {
                        canvas.text(values.shown(v.get(i), chart.format()), at + bar / 2, bottom - barHeight - 3,
                                SMALL, INK, Align.CENTER);
                    }
                }
            }
        }
    }

    private void line(ChartCanvas canvas, List<Double> v, double left, double slot, double plotTop, double bottom,
                      Ticks ticks, int rgb) {
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= v.size(); i++) {
            if (i == v.size() || v.get(i) == null) {
                if (run.size() > 1) {
                    canvas.polyline(run.stream().mapToDouble(p -> p[0]).toArray(),
                            run.stream().mapToDouble(p -> p[1]).toArray(), 2, rgb);
                }
                run.clear();
                continue;
            }
            double px = left + slot * (i + 0.5);
            double py = bottom - v.get(i) / ticks.top() * (bottom - plotTop);
            run.add(new double[] {px, py});
            canvas.fillRect(px - 2.5, py - 2.5, 5, 5, rgb);
        }
    }

    /** Horizontal bars (and the funnel): the first category at the top, values to the right. */
    private void across(PackChart chart, ChartCanvas canvas, double x, double y, double width, double height) {
        Ticks ticks = Ticks.of(chart.largest());
        double labelWidth = Math.min(width * 0.32, chart.categories().stream()
                .mapToDouble(c -> canvas.textWidth(c, SMALL + 1)).max().orElse(0) + 8);
        double left = x + labelWidth;
        double bottom = y + height - SMALL - 8;
        double plotWidth = x + width - left - 50;
        valueGrid(canvas, ticks, chart, left, y, plotWidth, bottom, true);
        int count = chart.categories().size();
        double slot = (bottom - y) / count;
        int seriesCount = chart.series().size();
        for (int i = 0; i < count; i++) {
            double rowTop = y + slot * i;
            canvas.text(fit(canvas, chart.categories().get(i), labelWidth - 8), left - 6,
                    rowTop + slot / 2 + SMALL / 3, SMALL + 1, INK, Align.RIGHT);
            double bar = slot * 0.76 / seriesCount;
            for (int s = 0; s < seriesCount; s++) {
                Double value = chart.series().get(s).values().get(i);
                double length = (value == null ? 0 : value) / ticks.top() * plotWidth;
                double at = rowTop + slot * 0.12 + bar * s;
                if (chart.kind() == Kind.FUNNEL) {
                    canvas.fillRect(left + (plotWidth - length) / 2, at, length, bar * 0.92, colour(i));
                    canvas.text(values.shown(value, chart.format()), left + plotWidth / 2, at + bar / 2 + SMALL / 3,
                            SMALL + 1, length > 40 ? 0xFFFFFF : INK, Align.CENTER);
                } else {
                    canvas.fillRect(left, at, length, bar * 0.92, colour(s));
                    canvas.text(values.shown(value, chart.format()), left + length + 3, at + bar / 2 + SMALL / 3,
                            Math.min(SMALL, bar), MUTED, Align.LEFT);
                }
            }
        }
    }

    private void valueGrid(ChartCanvas canvas, Ticks ticks, PackChart chart, double left, double top,
                           double plotWidth, double bottom, boolean horizontal) {
        if (chart.kind() == Kind.FUNNEL) {
            return;
        }
        List<String> labels = ticks.labels(values, chart.format());
        for (int t = 0; t <= ticks.count; t++) {
            double share = (double) t / ticks.count;
            if (horizontal) {
                double gx = left + share * plotWidth;
                canvas.line(gx, top, gx, bottom, 0.5, GRID);
                canvas.text(labels.get(t), gx, bottom + SMALL + 4, SMALL, MUTED, Align.CENTER);
            } else {
                double gy = bottom - share * (bottom - top);
                canvas.line(left, gy, left + plotWidth, gy, 0.5, GRID);
                canvas.text(labels.get(t), left - 4, gy + SMALL / 3, SMALL, MUTED, Align.RIGHT);
            }
        }
        canvas.line(left, bottom, horizontal ? left + plotWidth : left + plotWidth, bottom, 1, MUTED);
    }

    private void doughnut(PackChart chart, ChartCanvas canvas, double x, double y, double width, double height) {
        List<Double> v = chart.series().get(0).values();
        double total = v.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        double radius = Math.min(width, height) / 2 - 4;
        double cx = x + width / 2;
        double cy = y + height / 2;
        if (total <= 0) {
            canvas.text(values.shown(null, chart.format()), cx, cy, TITLE, MUTED, Align.CENTER);
            return;
        }
        double start = -Math.PI / 2;
        for (int i = 0; i < v.size(); i++) {
            double sweep = (v.get(i) == null ? 0 : v.get(i)) / total * 2 * Math.PI;
            if (sweep > 0) {
                canvas.fillPolygon(ring(cx, cy, radius, radius * 0.55, start, sweep, true),
                        ring(cx, cy, radius, radius * 0.55, start, sweep, false), colour(i));
            }
            start += sweep;
        }
        canvas.text(values.shown(total, chart.format()), cx, cy + 5, 13, INK, Align.CENTER);
    }

    /** The outline of one ring segment, as xs (first) or ys: the outer arc, then the inner one back. */
    private static double[] ring(double cx, double cy, double outer, double inner, double start, double sweep,
                                 boolean xs) {
        int steps = Math.max(2, (int) Math.ceil(sweep / Math.toRadians(2)));
        double[] out = new double[2 * (steps + 1)];
        for (int k = 0; k <= steps; k++) {
            double a = start + sweep * k / steps;
            out[k] = xs ? cx + outer * Math.cos(a) : cy + outer * Math.sin(a);
            double b = start + sweep * (steps - k) / steps;
            out[steps + 1 + k] = xs ? cx + inner * Math.cos(b) : cy + inner * Math.sin(b);
        }
        return out;
    }

    private static String fit(ChartCanvas canvas, String text, double width) {
        if (canvas.textWidth(text, SMALL) <= width || text.length() < 2) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && canvas.textWidth(cut + "…", SMALL) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** Round ticks from zero to just above the largest value: 1, 2, 2.5 or 5 times a power of ten. */
    private record Ticks(double unit, int count) {
        static Ticks of(double most) {
            if (most <= 0) {
                return new Ticks(1, 1);
            }
            double step = most / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
            double unit = java.util.stream.DoubleStream.of(1, 2, 2.5, 5, 10).map(f -> f * magnitude)
                    .filter(u -> u >= step).findFirst().orElse(10 * magnitude);
            return new Ticks(unit, Math.max(1, (int) Math.ceil(most / unit - 1e-9)));
        }

        double top() {
            return unit * count;
        }

        List<String> labels(ValueText values, PackChart.ValueFormat format) {
            List<String> labels = new ArrayList<>();
            for (int t = 0; t <= count; t++) {
                labels.add(values.tick(unit * t, format));
            }
            return labels;
        }
    }
}
