package org.fieldbook.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A filter set of KPIS.md: the period [from, to] (inclusive dates where the user is), and optionally one
 * pipeline, some owners and some source channels. Empty sets mean "all".
 */
public record KpiFilter(LocalDate from, LocalDate to, UUID pipelineId, Set<UUID> ownerIds, Set<String> channels) {
    public KpiFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        ownerIds = ownerIds == null ? Set.of() : Set.copyOf(ownerIds);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    public static KpiFilter period(LocalDate from, LocalDate to) {
        return new KpiFilter(from, to, null, Set.of(), Set.of());
    }

    /** The number of days in the period, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of equal length that ends the day before this one starts, with the same other filters. */
    public KpiFilter previous() {
        return new KpiFilter(from.minusDays(days()), from.minusDays(1), pipelineId, ownerIds, channels);
    }

    public KpiFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new KpiFilter(newFrom, newTo, pipelineId, ownerIds, channels);
    }
}
