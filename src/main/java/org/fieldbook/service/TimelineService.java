package org.fieldbook.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.domain.Timeline;
import org.fieldbook.domain.TimelineEntry;
import org.fieldbook.store.Store;
import org.fieldbook.store.TimelineQueries;
import org.fieldbook.store.Tx;
import org.fieldbook.store.change.ChangeOp;

/**
 * The history of an account, contact or opportunity as one timeline, newest first: its activities, the stage
 * moves of its opportunities, and the edits of its own fields from the change log (who, when, old → new).
 * Read in one transaction.
 */
public final class TimelineService {
    /**
     * Fields whose edits the timeline leaves out: an opportunity's stage, status and close time change with a
     * move, which has a line of its own, and its place on the board changes with every drag.
     */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("stage_id", "pipeline_id", "status", "closed_at",
            "position", "custom_fields");

    private final Store store;
    private final ZoneId zone;

    public TimelineService(Store store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    public Timeline ofAccount(UUID accountId) {
        return store.read(tx -> build(tx, "account", accountId, tx.activities().ofAccount(accountId),
                tx.timeline().movesOfAccount(accountId), false, true));
    }

    public Timeline ofContact(UUID contactId) {
        return store.read(tx -> build(tx, "contact", contactId, tx.activities().ofContact(contactId), List.of(),
                false, true));
    }

    public Timeline ofOpportunity(UUID opportunityId) {
        return store.read(tx -> withQuotes(build(tx, "opportunity", opportunityId,
                tx.activities().ofOpportunity(opportunityId), tx.timeline().movesOfOpportunity(opportunityId), true,
                tx.opportunities().get(opportunityId).isOpen()), tx.quotes().ofOpportunity(opportunityId)));
    }

    /** A deal's quotes are versions on its timeline, each at the time its id was made (when it was issued). */
    private static Timeline withQuotes(Timeline timeline, List<org.fieldbook.domain.Quote> quotes) {
        if (quotes.isEmpty()) {
            return timeline;
        }
        List<TimelineEntry> entries = new ArrayList<>(timeline.entries());
        // newest version first, so that two issued in the same millisecond keep that order in the stable sort
        List<org.fieldbook.domain.Quote> newestFirst = new ArrayList<>(quotes);
        newestFirst.sort(Comparator.comparingInt(org.fieldbook.domain.Quote::version).reversed());
        for (org.fieldbook.domain.Quote quote : newestFirst) {
            entries.add(new TimelineEntry.QuoteEntry(Instant.ofEpochMilli(
                    org.fieldbook.domain.TimeOrderedId.epochMillis(quote.id())), quote));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return new Timeline(entries, timeline.stageDays());
    }

    private Timeline build(Tx tx, String entity, UUID id, List<ActivitySummary> activities,
                           List<TimelineQueries.Move> moves, boolean stageDays, boolean open) {
        Instant now = tx.accounts().clockNow();
        List<TimelineEntry> entries = new ArrayList<>(activities.size() + moves.size() + 16);
        for (ActivitySummary activity : activities) {
            if (activity.activity().when() != null) {
                entries.add(new TimelineEntry.ActivityEntry(activity));
            }
        }
        for (int i = 0; i < moves.size(); i++) {
            TimelineQueries.Move move = moves.get(i);
            Long days = null;
            if (i > 0 && moves.get(i - 1).opportunityId().equals(move.opportunityId())) {
                days = daysBetween(moves.get(i - 1).at(), move.at());
            }
            entries.add(new TimelineEntry.StageEntry(move.at(), move.opportunityTitle(), move.fromStage(),
                    move.toStage(), days, move.by()));
        }
        Map<UUID, String> devices = tx.timeline().deviceNames();
        Names names = new Names(tx);
        for (TimelineQueries.Edit edit : tx.timeline().editsOf(entity, id)) {
            String by = devices.get(edit.deviceId());
            if (edit.op() == ChangeOp.CREATE && !(stageDays && !moves.isEmpty())) { // a deal's first move says it
                entries.add(new TimelineEntry.Created(edit.at(), entity, by));
            } else if (edit.op() == ChangeOp.SET && !SHOWN_ELSEWHERE.contains(edit.field())) {
                entries.add(new TimelineEntry.FieldEdit(edit.at(), entity, edit.field(),
                        names.of(edit.field(), edit.oldValue()), names.of(edit.field(), edit.newValue()), by));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return new Timeline(entries, stageDays ? stageDays(moves, now, open) : List.of());
    }

    /** Days per stage, summed over every stay; an open deal's last stay lasts until now, a closed one's is left out. */
    private List<Timeline.StageDays> stageDays(List<TimelineQueries.Move> moves, Instant now, boolean open) {
        Map<String, Long> days = new LinkedHashMap<>();
        for (int i = 0; i < moves.size(); i++) {
            if (i == moves.size() - 1 && !open) {
                break;
            }
            Instant until = i + 1 < moves.size() ? moves.get(i + 1).at() : now;
            days.merge(moves.get(i).toStage(), daysBetween(moves.get(i).at(), until), Long::sum);
        }
        String current = moves.isEmpty() || !open ? null : moves.get(moves.size() - 1).toStage();
        List<Timeline.StageDays> result = new ArrayList<>();
        days.forEach((stage, count) -> result.add(new Timeline.StageDays(stage, count, stage.equals(current))));
        return result;
    }

    private long daysBetween(Instant from, Instant to) {
        return Math.max(0, ChronoUnit.DAYS.between(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate()));
    }

    /** Reference fields shown by the name of what they point to, each looked up once. */
    private static final class Names {
        private final Tx tx;
        private final Map<String, String> cache = new HashMap<>();

        Names(Tx tx) {
            this.tx = tx;
        }

        String of(String field, String value) {
            if (value == null) {
                return null;
            }
            Function<UUID, String> lookup = switch (field) {
                case "owner_id" -> id -> tx.reps().findIncludingDeleted(id).map(r -> r.name()).orElse(null);
                case "account_id" -> id -> tx.accounts().findIncludingDeleted(id).map(a -> a.name()).orElse(null);
                case "contact_id" -> id -> tx.contacts().findIncludingDeleted(id).map(c -> c.name()).orElse(null);
                default -> null;
            };
            if (lookup == null) {
                return value;
            }
            return cache.computeIfAbsent(field + value, k -> {
                try {
                    String name = lookup.apply(UUID.fromString(value));
                    return name != null ? name : value;
                } catch (IllegalArgumentException notAnId) {
                    return value;
                }
            });
        }
    }
}
