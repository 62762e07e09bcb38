package org.fieldbook.report;

import java.text.NumberFormat;
import org.fieldbook.report.PackChart.ValueFormat;

/** A chart value as people read it: grouped amounts, percentages with one decimal, days and hours. */
public final class ValueText {
    private final ReportText text;
    private final NumberFormat amounts;
    private final NumberFormat percents;
    private final NumberFormat counts;
    private final NumberFormat compact;

    public ValueText(ReportText text) {
        this.text = text;
        amounts = NumberFormat.getNumberInstance(text.locale());
        amounts.setMinimumFractionDigits(2);
        amounts.setMaximumFractionDigits(2);
        percents = NumberFormat.getPercentInstance(text.locale());
        percents.setMinimumFractionDigits(1);
        percents.setMaximumFractionDigits(1);
        counts = NumberFormat.getNumberInstance(text.locale());
        counts.setMaximumFractionDigits(1);
        compact = NumberFormat.getCompactNumberInstance(text.locale(), NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
    }

    public String shown(Double value, ValueFormat format) {
        if (value == null) {
            return text.get("export.noValue");
        }
        return switch (format) {
            case MONEY -> amounts.format(value);
            case PERCENT -> percents.format(value);
            case COUNT -> counts.format(value);
            case DAYS -> text.get("dashboard.days", value);
            case HOURS -> text.get("export.hours", value);
        };
    }

    /** An axis tick: amounts short ("1.2M"), percentages whole. */
    public String tick(double value, ValueFormat format) {
        return switch (format) {
            case MONEY -> compact.format(value);
            case PERCENT -> NumberFormat.getPercentInstance(text.locale()).format(value);
            default -> counts.format(value);
        };
    }
}
