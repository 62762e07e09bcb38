package org.fieldbook.service.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The demo's time line: 18 months of history up to {@code today}, in the market's time zone. Things happen on
 * working days in office hours; everything that has happened happened before today began.
 */
final class DemoCalendar {
    static final int HISTORY_MONTHS = 18;

    private final LocalDate today;
    private final ZoneId zone;
    private final LocalDate firstDay;
    private final Instant todayBegins;

    DemoCalendar(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
        this.firstDay = today.minusMonths(HISTORY_MONTHS);
        this.todayBegins = today.atStartOfDay(zone).toInstant();
    }

    LocalDate today() {
        return today;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    /** Days of history, the first day included and today not. */
    int historyDays() {
        return (int) ChronoUnit.DAYS.between(firstDay, today);
    }

    /** True for an instant that has not happened yet as of the start of today. */
    boolean isFuture(Instant instant) {
        return !instant.isBefore(todayBegins);
    }

    /** A moment in office hours (08:30 to 18:00) of {@code day}, or of the Monday after a weekend day. */
    Instant officeHours(DemoRandom random, LocalDate day) {
        LocalTime time = LocalTime.of(8, 30).plusMinutes(random.between(0, 9 * 60 + 30));
        return workday(day).atTime(time).atZone(zone).toInstant();
    }

    /** A moment in office hours about {@code days} after {@code from}, and always after it. */
    Instant later(DemoRandom random, Instant from, double days) {
        LocalDate day = from.atZone(zone).toLocalDate().plusDays(Math.max(0, Math.round(days)));
        Instant at = officeHours(random, day);
        return at.isAfter(from) ? at : from.plusSeconds(60L * random.between(10, 120));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
