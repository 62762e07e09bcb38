package org.fieldbook.analytics;

import java.time.YearMonth;
import java.util.UUID;

/** What a click on the dashboard asks for: the deals behind one tile, bar, slice or funnel step. */
public sealed interface Drill {
    /** Deals created in the period that reached a funnel step; {@code stageId} null for the won step. */
    record FunnelStep(UUID pipelineId, UUID stageId) implements Drill {
    }

    /** Open deals now in a stage, or in every stage when {@code stageId} is null. */
    record OpenInStage(UUID stageId) implements Drill {
    }

    /** Open deals expected to close in a month; only those of stages of 75 % and more for commit. */
    record ForecastMonth(YearMonth month, boolean commitOnly) implements Drill {
    }

    /** Deals won or lost in a month (of the period). */
    record ClosedInMonth(YearMonth month) implements Drill {
    }

    /** Deals won in the period, or lost when {@code won} is false. */
    record Closed(boolean won) implements Drill {
    }

    /** Deals won in the period whose cycle fell in a bucket of the histogram (0 = 0–29 days...). */
    record CycleBucket(int bucket) implements Drill {
    }

    /** Deals of a source channel (null: none set) closed in the period. */
    record Channel(String channel) implements Drill {
    }

    /** Deals an owner won in the period. */
    record Rep(UUID ownerId) implements Drill {
    }

    /** Won deals of the accounts of a tier ("A", "B" or "C") over the tiers' twelve months. */
    record Tier(String tier) implements Drill {
    }
}
