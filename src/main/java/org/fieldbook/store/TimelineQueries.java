package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.LOCAL_DEVICE;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.PEER;
import static org.fieldbook.store.jooq.Tables.SALES_REP;
import static org.fieldbook.store.jooq.Tables.STAGE;
import static org.fieldbook.store.jooq.Tables.STAGE_CHANGE;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** What history timelines read besides activities: stage moves with their names, and who the devices are. */
public final class TimelineQueries {
    private final DSLContext db;

    TimelineQueries(DSLContext db) {
        this.db = db;
    }

    /** One live stage change with the names it shows; {@code fromStage} is null for the creation. */
    public record Move(UUID opportunityId, String opportunityTitle, Instant at, String fromStage, String toStage,
                       String by) {
    }

    public List<Move> movesOfOpportunity(UUID opportunityId) {
        return moves(STAGE_CHANGE.OPPORTUNITY_ID.eq(opportunityId));
    }

    /** The moves of the account's live opportunities. */
    public List<Move> movesOfAccount(UUID accountId) {
        return moves(OPPORTUNITY.ACCOUNT_ID.eq(accountId).and(OPPORTUNITY.DELETED.isFalse()));
    }

    /** Per opportunity, oldest first. */
    private List<Move> moves(Condition condition) {
        var from = STAGE.as("from_stage");
        var to = STAGE.as("to_stage");
        return db.select(STAGE_CHANGE.OPPORTUNITY_ID, OPPORTUNITY.TITLE, STAGE_CHANGE.CHANGED_AT, from.NAME, to.NAME,
                        SALES_REP.NAME)
                .from(STAGE_CHANGE)
                .join(OPPORTUNITY).on(OPPORTUNITY.ID.eq(STAGE_CHANGE.OPPORTUNITY_ID))
                .leftJoin(from).on(from.ID.eq(STAGE_CHANGE.FROM_STAGE_ID))
                .join(to).on(to.ID.eq(STAGE_CHANGE.TO_STAGE_ID))
                .leftJoin(SALES_REP).on(SALES_REP.ID.eq(STAGE_CHANGE.CHANGED_BY))
                .where(condition, STAGE_CHANGE.DELETED.isFalse())
                .orderBy(STAGE_CHANGE.OPPORTUNITY_ID, STAGE_CHANGE.CHANGED_AT, STAGE_CHANGE.ID)
                .fetch(r -> new Move(r.value1(), r.value2(), EntityMapping.fromDb(r.value3()), r.value4(), r.value5(),
                        r.value6()));
    }

    /** One change of a row from the change log; values as text (null when empty), the CREATE without any. */
    public record Edit(Instant at, UUID deviceId, org.fieldbook.store.change.ChangeOp op, String field,
                       String oldValue, String newValue) {
    }

    /**
     * The row's changes in clock order, each SET with the value its field held before (from the CREATE or the
     * previous SET). Applied from peers or made here alike.
     */
    public List<Edit> editsOf(String entity, UUID rowId) {
        var changes = new ChangeLogRepository(db).ofRow(entity, rowId);
        Map<String, String> current = new HashMap<>();
        List<Edit> edits = new java.util.ArrayList<>();
        for (var change : changes) {
            Instant at = Instant.ofEpochMilli(change.hlc().wallMillis());
            switch (change.op()) {
                case CREATE -> {
                    var row = org.fieldbook.store.change.ChangeValues.parse(change.valueJson());
                    row.fields().forEachRemaining(e -> current.put(e.getKey(), text(e.getValue())));
                    edits.add(new Edit(at, change.deviceId(), change.op(), null, null, null));
                }
                case SET -> {
                    String value = change.valueJson() == null ? null
                            : text(org.fieldbook.store.change.ChangeValues.parse(change.valueJson()));
                    edits.add(new Edit(at, change.deviceId(), change.op(), change.field(),
                            current.get(change.field()), value));
                    current.put(change.field(), value);
                }
                default -> edits.add(new Edit(at, change.deviceId(), change.op(), null, null, null));
            }
        }
        return edits;
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** The names of this device and of every peer seen, by device id. */
    public Map<UUID, String> deviceNames() {
        Map<UUID, String> names = new HashMap<>();
        db.select(PEER.DEVICE_ID, PEER.DEVICE_NAME).from(PEER).where(PEER.DEVICE_NAME.isNotNull())
                .forEach(r -> names.put(r.value1(), r.value2()));
        db.select(LOCAL_DEVICE.DEVICE_ID, LOCAL_DEVICE.DEVICE_NAME).from(LOCAL_DEVICE)
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }
}
