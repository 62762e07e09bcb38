package org.fieldbook.app.bench;

/**
 * One measured figure of {@code target/bench.json}. Where it is held to a limit, {@code ratio} is
 * value ÷ limit: 1.0 or less is within the limit.
 */
public record Figure(String name, double value, String unit, Double limit) {
    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, null);
    }

    public static Figure limited(String name, double value, String unit, double limit) {
        return new Figure(name, value, unit, limit);
    }

    public Double ratio() {
        return limit == null ? null : value / limit;
    }

    public boolean withinLimit() {
        return limit == null || value <= limit;
    }
}
