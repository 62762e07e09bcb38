package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;
import org.fieldbook.store.change.ChangeValues;
import org.fieldbook.store.change.Frontier;
import org.fieldbook.store.jooq.tables.records.ChangeLogRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdatableRecord;

/**
 * Applies changes made on other devices to this replica: the second write path of the store, beside
 * {@link Entities}. It keeps the change, moves the field's frontier by the same rule as a local write, and
 * sets the column to the frontier's newest value (by hybrid clock), so every device that has applied the
 * same changes shows the same values whatever the order they came in.
 */
public final class Replica {
    private final DSLContext db;
    private final ChangeCapture capture;
    private final Frontier frontier;

    Replica(DSLContext db, ChangeCapture capture) {
        this.db = db;
        this.capture = capture;
        this.frontier = new Frontier(db);
    }

    /** Whether this version can apply the change: a record format, entity and field it knows. */
    public static boolean understands(ChangeRecord change) {
        if (change.format() > ChangeRecord.FORMAT) {
            return false;
        }
        Optional<EntityMapping<?, ?>> mapping = Mappings.byEntity(change.entity());
        if (mapping.isEmpty()) {
            return false;
        }
        return change.op() != ChangeOp.SET || fieldNamed(mapping.get(), change.field()).isPresent();
    }

    /**
     * Whether every row the change refers to (an opportunity's account, a stage change's opportunity...) is
     * here. Rows made on different devices are not ordered by device sequences or field bases: an opportunity
     * created on one laptop for an account created on another can arrive first, and waits for its account.
     */
    public boolean referencesPresent(ChangeRecord change) {
        EntityMapping<?, ?> mapping = Mappings.byEntity(change.entity()).orElseThrow();
        JsonNode row = change.op() == ChangeOp.CREATE ? ChangeValues.parse(change.valueJson()) : null;
        for (var reference : mapping.table().getReferences()) {
            for (int i = 0; i < reference.getFields().size(); i++) {
                Field<?> column = reference.getFields().get(i);
                String name = EntityMapping.fieldName(column);
                JsonNode value = row != null ? row.get(name)
                        : name.equals(change.field()) ? ChangeValues.parse(change.valueJson()) : null;
                if (value == null || value.isNull()) {
                    continue;
                }
                var target = reference.getKey().getTable();
                Field<?> targetColumn = reference.getKeyFields().get(i);
                Object key = ChangeValues.decode(value, targetColumn.getType());
                if (!db.fetchExists(target, eq(targetColumn, key))) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <V> org.jooq.Condition eq(Field<V> field, Object value) {
        return field.eq((V) value);
    }

    /** The ids among {@code changeIds} that this replica has applied (or made). */
    public Set<UUID> applied(Collection<UUID> changeIds) {
        capture.flush();
        if (changeIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(CHANGE_LOG.CHANGE_ID).from(CHANGE_LOG)
                .where(CHANGE_LOG.CHANGE_ID.in(changeIds)).fetch(CHANGE_LOG.CHANGE_ID));
    }

    /**
     * Applies one change of another device. The caller has checked that it is understood and causally ready
     * (its device's earlier changes and its bases are applied). Returns false if it was applied before.
     */
    public boolean apply(ChangeRecord change) {
        if (!applied(Set.of(change.changeId())).isEmpty()) {
            return false;
        }
        EntityMapping<?, ?> mapping = Mappings.byEntity(change.entity())
                .orElseThrow(() -> new IllegalArgumentException("unknown entity " + change.entity()));
        capture.observe(change.hlc());
        db.executeInsert(ChangeCapture.toRecord(change));
        Frontier.Entry entry = new Frontier.Entry(change.changeId(), change.hlc());
        switch (change.op()) {
            case CREATE -> applyCreate(mapping, change, entry);
            case SET -> {
                frontier.advance(change.entity(), change.rowId(), change.field(), change.bases(), entry);
                showNewest(mapping, change.rowId(), fieldNamed(mapping, change.field()).orElseThrow());
            }
            case DELETE, RESTORE -> {
                frontier.advance(change.entity(), change.rowId(), "deleted", change.bases(), entry);
                showDeletedFlag(mapping, change.rowId());
            }
        }
        touch(mapping, change.rowId(), Instant.ofEpochMilli(change.hlc().wallMillis()));
        return true;
    }

    private <R extends UpdatableRecord<R>> void applyCreate(EntityMapping<?, R> mapping, ChangeRecord change,
                                                            Frontier.Entry entry) {
        boolean exists = db.fetchExists(mapping.table(), mapping.id().eq(change.rowId()));
        frontier.addWholeRow(change.entity(), change.rowId(), entry);
        if (!exists) {
            JsonNode row = ChangeValues.parse(change.valueJson());
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (Field<?> field : mapping.fields()) {
                values.put(field, ChangeValues.decode(row.get(EntityMapping.fieldName(field)), field.getType()));
            }
            Object created = ChangeValues.decode(row.get("created_at"), java.time.OffsetDateTime.class);
            Instant at = Instant.ofEpochMilli(change.hlc().wallMillis());
            values.put(mapping.id(), change.rowId());
            values.put(mapping.createdAt(), created != null ? created : EntityMapping.toDb(at));
            values.put(mapping.updatedAt(), EntityMapping.toDb(at));
            values.put(mapping.deleted(), false);
            db.insertInto(mapping.table()).set(values).execute();
        } else {
            // The same row created twice (the same ids made on two devices): every field that has no value of
            // its own now shows the newest of the creates.
            for (Field<?> field : mapping.fields()) {
                showNewest(mapping, change.rowId(), field);
            }
        }
    }

    /** Sets the column to the value of its frontier entry with the highest clock reading. */
    private <R extends UpdatableRecord<R>> void showNewest(EntityMapping<?, R> mapping, UUID rowId, Field<?> field) {
        String name = EntityMapping.fieldName(field);
        Frontier.Entry newest = frontier.entries(mapping.entity(), rowId, name).stream()
                .max(Comparator.comparing(Frontier.Entry::hlc)).orElseThrow();
        ChangeLogRecord change = db.selectFrom(CHANGE_LOG).where(CHANGE_LOG.CHANGE_ID.eq(newest.changeId()))
                .fetchSingle();
        JsonNode value = ChangeOp.valueOf(change.getOp()) == ChangeOp.CREATE
                ? ChangeValues.parse(change.getFieldValue()).get(name)
                : ChangeValues.parse(change.getFieldValue());
        db.update(mapping.table())
                .set(Map.of(field, Optional.ofNullable(ChangeValues.decode(value, field.getType()))
                        .orElse(nullOf(field))))
                .where(mapping.id().eq(rowId))
                .execute();
    }

    private static Object nullOf(Field<?> field) {
        return org.jooq.impl.DSL.val(null, field);
    }

    private <R extends UpdatableRecord<R>> void showDeletedFlag(EntityMapping<?, R> mapping, UUID rowId) {
        List<Frontier.Entry> entries = frontier.entries(mapping.entity(), rowId, "deleted");
        Frontier.Entry newest = entries.stream().max(Comparator.comparing(Frontier.Entry::hlc)).orElseThrow();
        String op = db.select(CHANGE_LOG.OP).from(CHANGE_LOG).where(CHANGE_LOG.CHANGE_ID.eq(newest.changeId()))
                .fetchSingle(CHANGE_LOG.OP);
        db.update(mapping.table())
                .set(mapping.deleted(), ChangeOp.DELETE.name().equals(op))
                .where(mapping.id().eq(rowId))
                .execute();
    }

    private <R extends UpdatableRecord<R>> void touch(EntityMapping<?, R> mapping, UUID rowId, Instant at) {
        db.update(mapping.table())
                .set(mapping.updatedAt(), EntityMapping.toDb(at))
                .where(mapping.id().eq(rowId), mapping.updatedAt().lt(EntityMapping.toDb(at)))
                .execute();
    }

    private static Optional<Field<?>> fieldNamed(EntityMapping<?, ?> mapping, String name) {
        return mapping.fields().stream().filter(f -> EntityMapping.fieldName(f).equals(name)).findFirst();
    }

    /**
     * Resolves a field conflict on this device: sets the field to the chosen value with every current value as
     * bases, so the choice replaces all of them here and, once synced, everywhere.
     */
    public void resolveField(String entity, UUID rowId, String field, String valueJson, Set<UUID> currentValues) {
        EntityMapping<?, ?> mapping = Mappings.byEntity(entity).orElseThrow();
        Field<?> column = fieldNamed(mapping, field).orElseThrow();
        capture.record(entity, rowId, ChangeOp.SET, field, valueJson, currentValues);
        showNewest(mapping, rowId, column);
    }

    /** Resolves "deleted while edited": keeps the row deleted having seen the edits, or restores it. */
    public void resolveDeleted(String entity, UUID rowId, boolean keepDeleted, Set<UUID> seen) {
        EntityMapping<?, ?> mapping = Mappings.byEntity(entity).orElseThrow();
        capture.record(entity, rowId, keepDeleted ? ChangeOp.DELETE : ChangeOp.RESTORE, null, null, seen);
        showDeletedFlag(mapping, rowId);
    }

    /** The frontier of a row, for conflict review. */
    public FieldVersions versions(String entity, UUID rowId) {
        return capture.versions(entity, rowId);
    }
}
