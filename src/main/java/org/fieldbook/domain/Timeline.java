package org.fieldbook.domain;

import java.util.List;

/**
 * The history of an account, contact or opportunity, newest first; for an opportunity also the days it has
 * spent in each stage, in the order it first entered them.
 */
public record Timeline(List<TimelineEntry> entries, List<StageDays> stageDays) {
    public Timeline {
        entries = List.copyOf(entries);
        stageDays = List.copyOf(stageDays);
    }

    /** Whole days spent in a stage, summed over every stay; {@code current} is the stage it is in now. */
    public record StageDays(String stage, long days, boolean current) {
    }
}
