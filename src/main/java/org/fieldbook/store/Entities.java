package org.fieldbook.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.NotFound;
import org.fieldbook.store.change.BatchInsert;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeValues;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.UpdatableRecord;

/**
 * The one write path for a synced table: every insert, edit, delete and restore changes the row and appends
 * its change records in the same transaction. Reads see live rows only unless they say otherwise.
 */
public class Entities<T, R extends UpdatableRecord<R>> {
    protected final DSLContext db;
    protected final EntityMapping<T, R> mapping;
    private final ChangeCapture capture;
    private final Clock clock;

    Entities(DSLContext db, EntityMapping<T, R> mapping, ChangeCapture capture, Clock clock) {
        this.db = db;
        this.mapping = mapping;
        this.capture = capture;
        this.clock = clock;
    }

    public Optional<T> find(UUID id) {
        return db.selectFrom(mapping.table())
                .where(mapping.id().eq(id), mapping.deleted().isFalse())
                .fetchOptional()
                .map(mapping::read);
    }

    public T get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound(mapping.entity(), id));
    }

    /** A row even when it is in the trash. */
    public Optional<T> findIncludingDeleted(UUID id) {
        return db.selectFrom(mapping.table()).where(mapping.id().eq(id)).fetchOptional().map(mapping::read);
    }

    public List<T> all() {
        return where(DSL.noCondition());
    }

    public long countLive() {
        return db.fetchCount(mapping.table(), mapping.deleted().isFalse());
    }

    protected List<T> where(Condition condition, SortField<?>... order) {
        return db.selectFrom(mapping.table())
                .where(condition, mapping.deleted().isFalse())
                .orderBy(order)
                .fetch(mapping::read);
    }

    /** The current value with the versions of its fields: what an editor starts from. */
    public Editing<T> edit(UUID id) {
        return new Editing<>(get(id), versions(id));
    }

    /** The transaction's clock reading, for times a use case stamps on records (a close date, a move). */
    public Instant clockNow() {
        return clock.instant();
    }

    public FieldVersions versions(UUID id) {
        return capture.versions(mapping.entity(), id);
    }

    public T insert(T value) {
        insertAll(List.of(value));
        return get(mapping.idOf(value));
    }

    /** Inserts many rows with one CREATE change each, in batches. */
    public void insertAll(Collection<T> values) {
        Instant now = clock.instant();
        List<R> rows = new ArrayList<>(values.size());
        for (T value : values) {
            R row = db.newRecord(mapping.table());
            mapping.fill(value, row);
            Instant created = Objects.requireNonNullElse(mapping.createdAtOf(value), now);
            row.set(mapping.id(), mapping.idOf(value));
            row.set(mapping.createdAt(), EntityMapping.toDb(created));
            row.set(mapping.updatedAt(), EntityMapping.toDb(created.isAfter(now) ? created : now));
            row.set(mapping.deleted(), false);
            Map<String, Object> columns = new LinkedHashMap<>();
            for (Field<?> field : mapping.fields()) {
                columns.put(EntityMapping.fieldName(field), row.get(field));
            }
            columns.put("created_at", row.get(mapping.createdAt()));
            capture.dealTouches().inserted(mapping.entity(), mapping.idOf(value), columns);
            capture.record(mapping.entity(), mapping.idOf(value), ChangeOp.CREATE, null,
                    ChangeValues.encodeRow(columns), Set.of());
            rows.add(row);
        }
        BatchInsert.into(db, mapping.table(), rows);
    }

    /** Saves the current value of a row, with bases taken from the row's frontier now. */
    public T update(T edited) {
        UUID id = mapping.idOf(edited);
        return update(edit(id), edited);
    }

    /**
     * Writes the fields the user changed between {@code started.original()} and {@code edited}, each with the
     * versions seen when the edit began as its bases. Fields the user left alone keep whatever they hold now,
     * even if someone changed them in the meantime.
     */
    public T update(Editing<T> started, T edited) {
        if (mapping.insertOnly()) {
            throw new IllegalStateException(mapping.entity() + " rows are insert-only");
        }
        UUID id = mapping.idOf(edited);
        R before = db.newRecord(mapping.table());
        mapping.fill(started.original(), before);
        R after = db.newRecord(mapping.table());
        mapping.fill(edited, after);
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        for (Field<?> field : mapping.fields()) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!sameValue(old, now)) {
                changed.put(field, now);
                capture.record(mapping.entity(), id, ChangeOp.SET, EntityMapping.fieldName(field),
                        ChangeValues.encode(now), started.versions().basesFor(EntityMapping.fieldName(field)));
            }
        }
        if (!changed.isEmpty()) {
            changed.put(mapping.updatedAt(), EntityMapping.toDb(clock.instant()));
            int updated = db.update(mapping.table()).set(changed)
                    .where(mapping.id().eq(id), mapping.deleted().isFalse()).execute();
            if (updated == 0) {
                throw new NotFound(mapping.entity(), id);
            }
        }
        return get(id);
    }

    /** Moves a row to the trash; {@code seen} are the versions the user looked at when deciding to delete. */
    public void delete(UUID id, FieldVersions seen) {
        int updated = db.update(mapping.table())
                .set(mapping.deleted(), true)
                .set(mapping.updatedAt(), EntityMapping.toDb(clock.instant()))
                .where(mapping.id().eq(id), mapping.deleted().isFalse())
                .execute();
        if (updated == 0) {
            throw new NotFound(mapping.entity(), id);
        }
        capture.record(mapping.entity(), id, ChangeOp.DELETE, null, null, seen.all());
    }

    public void delete(UUID id) {
        delete(id, versions(id));
    }

    /** Takes a row back out of the trash. */
    public T restore(UUID id) {
        int updated = db.update(mapping.table())
                .set(mapping.deleted(), false)
                .set(mapping.updatedAt(), EntityMapping.toDb(clock.instant()))
                .where(mapping.id().eq(id), mapping.deleted().isTrue())
                .execute();
        if (updated == 0) {
            throw new NotFound(mapping.entity(), id);
        }
        capture.record(mapping.entity(), id, ChangeOp.RESTORE, null, null, versions(id).basesFor("deleted"));
        return get(id);
    }

    /** The row's fields as they are now, as JSON: what {@link #revertTo} puts back (an import's undo). */
    public String snapshot(UUID id) {
        R row = db.selectFrom(mapping.table()).where(mapping.id().eq(id)).fetchSingle();
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Field<?> field : mapping.fields()) {
            columns.put(EntityMapping.fieldName(field), row.get(field));
        }
        return ChangeValues.encodeRow(columns);
    }

    /** Writes back the fields of a {@link #snapshot} as an ordinary edit, so that the undo syncs like one. */
    public T revertTo(UUID id, String snapshot) {
        Editing<T> started = edit(id);
        R row = db.newRecord(mapping.table());
        mapping.fill(started.original(), row);
        row.set(mapping.id(), id);
        var saved = ChangeValues.parse(snapshot);
        for (Field<?> field : mapping.fields()) {
            String name = EntityMapping.fieldName(field);
            if (saved.has(name)) {
                setDecoded(row, field, saved.get(name));
            }
        }
        row.set(mapping.createdAt(), EntityMapping.toDb(Instant.EPOCH)); // read() wants them; update ignores them
        row.set(mapping.updatedAt(), EntityMapping.toDb(Instant.EPOCH));
        row.set(mapping.deleted(), false);
        return update(started, mapping.read(row));
    }

    @SuppressWarnings("unchecked")
    private static <V> void setDecoded(org.jooq.Record row, Field<V> field, com.fasterxml.jackson.databind.JsonNode value) {
        row.set(field, (V) ChangeValues.decode(value, field.getType()));
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0; // 12.5 and 12.5000 are the same amount
        }
        return Objects.equals(a, b);
    }
}
