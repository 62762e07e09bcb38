package org.fieldbook.ui.dashboard;

import java.time.LocalDate;
import java.time.Month;

/** The dashboard's ready-made periods; custom keeps the dates the user typed. */
public enum PeriodPreset {
    THIS_MONTH, THIS_QUARTER, LAST_QUARTER, YEAR_TO_DATE, LAST_12_MONTHS, CUSTOM;

    /** The first and last day of the period as of {@code today}; null for custom. */
    public LocalDate[] range(LocalDate today) {
        LocalDate quarter = firstOfQuarter(today);
        return switch (this) {
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())};
            case THIS_QUARTER -> new LocalDate[] {quarter, quarter.plusMonths(3).minusDays(1)};
            case LAST_QUARTER -> new LocalDate[] {quarter.minusMonths(3), quarter.minusDays(1)};
            case YEAR_TO_DATE -> new LocalDate[] {today.withDayOfYear(1), today};
            case LAST_12_MONTHS -> new LocalDate[] {today.minusYears(1).plusDays(1), today};
            case CUSTOM -> null;
        };
    }

    private static LocalDate firstOfQuarter(LocalDate day) {
        Month first = day.getMonth().firstMonthOfQuarter();
        return LocalDate.of(day.getYear(), first, 1);
    }

    public String key() {
        return "dashboard.preset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
