package org.fieldbook.domain;

import java.time.Instant;

/** One line of a record's history, newest first in a {@link Timeline}. */
public sealed interface TimelineEntry {
    /** When it happened (for a planned activity: when it is due). */
    Instant at();

    /** Who did it, or null when that is not known. */
    String by();

    /** An activity, done or planned. */
    record ActivityEntry(ActivitySummary activity) implements TimelineEntry {
        @Override
        public Instant at() {
            return activity.activity().when();
        }

        @Override
        public String by() {
            return activity.ownerName();
        }
    }

    /**
     * A move of an opportunity: {@code fromStage} is null when it was created in {@code toStage}; {@code daysInFrom}
     * is how long it had stayed in {@code fromStage}, or null.
     */
    record StageEntry(Instant at, String opportunityTitle, String fromStage, String toStage, Long daysInFrom,
                      String by) implements TimelineEntry {
    }

    /** One field set to another value; the values are as stored (names for references), null for empty. */
    record FieldEdit(Instant at, String entity, String field, String oldValue, String newValue, String by)
            implements TimelineEntry {
    }

    /** The record was created. */
    record Created(Instant at, String entity, String by) implements TimelineEntry {
    }

    /** A version of the deal's quote, at the time it was issued; {@code by} is who prepared it. */
    record QuoteEntry(Instant at, Quote quote) implements TimelineEntry {
        @Override
        public String by() {
            return quote.preparedBy();
        }
    }
}
