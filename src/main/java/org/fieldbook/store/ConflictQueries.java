package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;
import static org.fieldbook.store.jooq.Tables.FIELD_VERSION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.Version;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeValues;
import org.fieldbook.store.change.Hlc;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Finds what the multi-value registers hold in conflict: fields with more than one current value, and rows
 * deleted by a change that did not see an edit made to them.
 */
public final class ConflictQueries {
    private final DSLContext db;

    ConflictQueries(DSLContext db) {
        this.db = db;
    }

    /** One current value of a field: the change that wrote it, with the value as JSON. */
    public record Candidate(Version version, ChangeOp op, String field, String valueJson, Hlc hlc,
                            Set<Version> bases) {
        public UUID changeId() {
            return version.changeId();
        }

        public UUID deviceId() {
            return version.deviceId();
        }
    }

    /** A field of a row with several current values. */
    public record FieldConflict(String entity, UUID rowId, String field, List<Candidate> candidates) {
    }

    /** A row shown as deleted by {@code deletes}, while {@code unseenEdits} were made without seeing them. */
    public record DeletedWhileEdited(String entity, UUID rowId, List<Candidate> deletes, List<Candidate> unseenEdits) {
    }

    public List<FieldConflict> fieldConflicts() {
        var rows = db.select(FIELD_VERSION.ENTITY, FIELD_VERSION.ROW_ID, FIELD_VERSION.FIELD)
                .from(FIELD_VERSION)
                .where(FIELD_VERSION.FIELD.notIn(FieldVersions.WHOLE_ROW, "deleted"))
                .groupBy(FIELD_VERSION.ENTITY, FIELD_VERSION.ROW_ID, FIELD_VERSION.FIELD)
                .having(DSL.count().gt(1))
                .fetch();
        List<FieldConflict> conflicts = new ArrayList<>();
        for (var row : rows) {
            if (followsLines(row.value1(), row.value2(), row.value3())) {
                continue;
            }
            List<Candidate> candidates = candidates(row.value1(), row.value2(), row.value3());
            if (candidates.stream().map(Candidate::valueJson).map(ChangeValues::parse).distinct().count() > 1) {
                conflicts.add(new FieldConflict(row.value1(), row.value2(), row.value3(), candidates));
            }
        }
        return conflicts;
    }

    /**
     * A deal with lines is worth their sum whatever its amount field's values say (Replica#amountsFollowLines):
     * two sums written at the same time are no choice for anyone to make, the lines merged already.
     */
    private boolean followsLines(String entity, UUID rowId, String field) {
        var line = org.fieldbook.store.jooq.Tables.OPPORTUNITY_LINE;
        return "opportunity".equals(entity) && "amount".equals(field)
                && db.fetchExists(line, line.OPPORTUNITY_ID.eq(rowId), line.DELETED.isFalse());
    }

    public List<DeletedWhileEdited> deletedWhileEdited() {
        var rows = db.selectDistinct(FIELD_VERSION.ENTITY, FIELD_VERSION.ROW_ID)
                .from(FIELD_VERSION)
                .where(FIELD_VERSION.FIELD.eq("deleted"))
                .fetch();
        List<DeletedWhileEdited> found = new ArrayList<>();
        for (var row : rows) {
            List<Candidate> flags = candidates(row.value1(), row.value2(), "deleted");
            Candidate newest = flags.stream().max(java.util.Comparator.comparing(Candidate::hlc)).orElseThrow();
            if (newest.op() != ChangeOp.DELETE) {
                continue;
            }
            List<Candidate> deletes = flags.stream().filter(c -> c.op() == ChangeOp.DELETE).toList();
            Set<UUID> seen = new HashSet<>();
            deletes.forEach(d -> d.bases().forEach(base -> seen.add(base.changeId())));
            List<Candidate> unseen = editsOf(row.value1(), row.value2()).stream()
                    .filter(edit -> !seen.contains(edit.changeId())).toList();
            if (!unseen.isEmpty()) {
                found.add(new DeletedWhileEdited(row.value1(), row.value2(), deletes, unseen));
            }
        }
        return found;
    }

    /** How a salesperson names the record: an account's or contact's name, an opportunity's title. */
    public String label(String entity, UUID rowId) {
        return Mappings.byEntity(entity).map(mapping -> {
            var name = mapping.table().field("NAME", String.class);
            var title = mapping.table().field("TITLE", String.class);
            var subject = mapping.table().field("SUBJECT", String.class);
            var column = name != null ? name : title != null ? title : subject;
            return column == null ? null
                    : db.select(column).from(mapping.table()).where(mapping.id().eq(rowId)).fetchOne(column);
        }).orElse(null);
    }

    /** The current values of a field, oldest first; for a field that has none of its own, its row's CREATEs. */
    public List<Candidate> candidates(String entity, UUID rowId, String field) {
        List<Candidate> own = read(entity, rowId, field);
        return own.isEmpty() ? read(entity, rowId, FieldVersions.WHOLE_ROW).stream()
                .map(c -> new Candidate(c.version(), c.op(), field, fieldOf(c.valueJson(), field), c.hlc(),
                        c.bases()))
                .toList() : own;
    }

    private List<Candidate> editsOf(String entity, UUID rowId) {
        return fetch(FIELD_VERSION.ENTITY.eq(entity).and(FIELD_VERSION.ROW_ID.eq(rowId))
                .and(FIELD_VERSION.FIELD.notIn(FieldVersions.WHOLE_ROW, "deleted")));
    }

    private List<Candidate> read(String entity, UUID rowId, String field) {
        return fetch(FIELD_VERSION.ENTITY.eq(entity).and(FIELD_VERSION.ROW_ID.eq(rowId))
                .and(FIELD_VERSION.FIELD.eq(field)));
    }

    private List<Candidate> fetch(org.jooq.Condition condition) {
        Map<UUID, Candidate> byId = new LinkedHashMap<>();
        for (Record r : db.select(CHANGE_LOG.fields()).from(FIELD_VERSION)
                .join(CHANGE_LOG).on(CHANGE_LOG.CHANGE_ID.eq(FIELD_VERSION.CHANGE_ID))
                .where(condition)
                .orderBy(CHANGE_LOG.HLC_WALL, CHANGE_LOG.HLC_COUNTER)
                .fetch()) {
            String bases = r.get(CHANGE_LOG.BASES);
            byId.put(r.get(CHANGE_LOG.CHANGE_ID), new Candidate(new Version(r.get(CHANGE_LOG.CHANGE_ID),
                    r.get(CHANGE_LOG.DEVICE_ID), r.get(CHANGE_LOG.DEVICE_SEQ)),
                    ChangeOp.valueOf(r.get(CHANGE_LOG.OP)), r.get(CHANGE_LOG.FIELD), r.get(CHANGE_LOG.FIELD_VALUE),
                    new Hlc(r.get(CHANGE_LOG.HLC_WALL), r.get(CHANGE_LOG.HLC_COUNTER), r.get(CHANGE_LOG.DEVICE_ID)),
                    bases.isEmpty() ? Set.of() : new HashSet<>(Arrays.stream(bases.split(","))
                            .map(Version::parse).toList())));
        }
        return List.copyOf(byId.values());
    }

    private static String fieldOf(String rowJson, String field) {
        var value = ChangeValues.parse(rowJson).get(field);
        return value == null ? "null" : value.toString();
    }
}
