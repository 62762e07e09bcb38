package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.concurrent.ConcurrentHashMap;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.Version;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;
import org.fieldbook.store.change.ChangeValues;
import org.fieldbook.store.change.Frontier;
import org.fieldbook.store.jooq.tables.records.ChangeLogRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.fieldbook.store.change.BatchInsert;

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
    /** Statements rendered once, by table and column. */
    private static final Map<String, String> STATEMENTS = new ConcurrentHashMap<>();
    /** Rows known to exist in this transaction: rows are never removed (deletes are tombstones). */
    private final Set<UUID> knownRows = new HashSet<>();

    Replica(DSLContext db, ChangeCapture capture) {
        this.db = db;
        this.capture = capture;
        this.frontier = capture.frontier();
    }

    /** Moves this device's clock past a reading seen in a snapshot. */
    public void observe(long wallMillis) {
        capture.observe(new org.fieldbook.store.change.Hlc(wallMillis, 0, new UUID(0, 0)));
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
        return switch (change.op()) {
            case SET -> fieldNamed(mapping.get(), change.field()).isPresent();
            // a row made by a newer version may carry columns this one lacks: applied now, they would be lost
            // for good (the CREATE is not applied again after the upgrade), so it waits like an unknown SET.
            // Migrations only add columns, so a row of this schema or an older one needs no look.
            case CREATE -> change.schemaVersion() <= Database.SCHEMA_VERSION
                    || columnsKnown(mapping.get(), change.valueJson());
            case DELETE, RESTORE -> true;
        };
    }

    private static boolean columnsKnown(EntityMapping<?, ?> mapping, String rowJson) {
        JsonNode row = ChangeValues.parse(rowJson);
        for (var names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"created_at".equals(name) && fieldNamed(mapping, name).isEmpty()) {
                return false;
            }
        }
        return true;
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
                if (key instanceof UUID id && knownRows.contains(id)) {
                    continue;
                }
                if (!db.fetchExists(target, eq(targetColumn, key))) {
                    return false;
                }
                if (key instanceof UUID id) {
                    knownRows.add(id);
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
        capture.writePendingChanges();
        if (changeIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(CHANGE_LOG.CHANGE_ID).from(CHANGE_LOG)
                .where(CHANGE_LOG.CHANGE_ID.in(changeIds)).fetch(CHANGE_LOG.CHANGE_ID));
    }

    /**
     * Applies one change of another device. The caller has checked that it is understood, new here (above its
     * device's cursor) and causally ready (its device's earlier changes, its bases and the rows it refers to
     * are here).
     */
    public void apply(ChangeRecord change) {
        EntityMapping<?, ?> mapping = Mappings.byEntity(change.entity())
                .orElseThrow(() -> new IllegalArgumentException("unknown entity " + change.entity()));
        capture.observe(change.hlc());
        capture.keep(change);
        Frontier.Entry entry = new Frontier.Entry(change.version(), change.hlc());
        Instant at = Instant.ofEpochMilli(change.hlc().wallMillis());
        switch (change.op()) {
            case CREATE -> applyCreate(mapping, change, at);
            case SET -> {
                List<Frontier.Entry> entries = frontier.advance(change.entity(), change.rowId(), change.field(),
                        change.bases(), entry);
                Field<?> column = fieldNamed(mapping, change.field()).orElseThrow();
                JsonNode value = isNewest(entry, entries) ? ChangeValues.parse(change.valueJson())
                        : valueOf(newest(entries), mapping, change.rowId(), column);
                show(mapping, change.rowId(), column, ChangeValues.decode(value, column.getType()), at);
            }
            case DELETE, RESTORE -> {
                List<Frontier.Entry> entries = frontier.advance(change.entity(), change.rowId(), "deleted",
                        change.bases(), entry);
                boolean deleted = isNewest(entry, entries) ? change.op() == ChangeOp.DELETE
                        : deletedBy(newest(entries));
                show(mapping, change.rowId(), mapping.deleted(), deleted, at);
            }
        }
    }

    private <R extends UpdatableRecord<R>> void applyCreate(EntityMapping<?, R> mapping, ChangeRecord change,
                                                            Instant at) {
        if (!knownRows.contains(change.rowId()) && !rowExists(mapping, change.rowId())) {
            JsonNode row = ChangeValues.parse(change.valueJson());
            R record = db.newRecord(mapping.table());
            for (Field<?> field : mapping.fields()) {
                set(record, field, ChangeValues.decode(row.get(EntityMapping.fieldName(field)), field.getType()));
            }
            Object created = ChangeValues.decode(row.get("created_at"), java.time.OffsetDateTime.class);
            set(record, mapping.id(), change.rowId());
            set(record, mapping.createdAt(), created != null ? created : EntityMapping.toDb(at));
            set(record, mapping.updatedAt(), EntityMapping.toDb(at));
            set(record, mapping.deleted(), false);
            BatchInsert.into(db, mapping.table(), List.of(record));
            knownRows.add(change.rowId());
        } else {
            // The same row created twice (the same ids made on two devices): every field that has no value of
            // its own now shows the newest of the creates (the kept change joined the row's frontier).
            for (Field<?> field : mapping.fields()) {
                showNewest(mapping, change.rowId(), field);
            }
        }
    }

    private static boolean isNewest(Frontier.Entry entry, List<Frontier.Entry> entries) {
        return newest(entries).equals(entry);
    }

    private static Frontier.Entry newest(List<Frontier.Entry> entries) {
        return entries.stream().max(Comparator.comparing(Frontier.Entry::hlc)).orElseThrow();
    }

    /**
     * The value a frontier entry holds for a column: a SET's value, or the column's value in a CREATE. A CREATE
     * that came inside a snapshot is not listed; its values are the row's, for the fields it still stands for.
     */
    private JsonNode valueOf(Frontier.Entry entry, EntityMapping<?, ?> mapping, UUID rowId, Field<?> column) {
        capture.writePendingChanges();
        ChangeLogRecord change = db.selectFrom(CHANGE_LOG).where(CHANGE_LOG.CHANGE_ID.eq(entry.changeId()))
                .fetchOptional().orElse(null);
        if (change == null) {
            Object current = db.select(column).from(mapping.table()).where(mapping.id().eq(rowId)).fetchOne(0);
            return ChangeValues.parse(ChangeValues.encode(current));
        }
        return ChangeOp.valueOf(change.getOp()) == ChangeOp.CREATE
                ? ChangeValues.parse(change.getFieldValue()).get(EntityMapping.fieldName(column))
                : ChangeValues.parse(change.getFieldValue());
    }

    private boolean deletedBy(Frontier.Entry entry) {
        capture.writePendingChanges();
        String op = db.select(CHANGE_LOG.OP).from(CHANGE_LOG).where(CHANGE_LOG.CHANGE_ID.eq(entry.changeId()))
                .fetchOptional(CHANGE_LOG.OP).orElse(ChangeOp.CREATE.name());
        return ChangeOp.DELETE.name().equals(op);
    }

    /** Sets the column to the value of its frontier entry with the highest clock reading. */
    private <R extends UpdatableRecord<R>> void showNewest(EntityMapping<?, R> mapping, UUID rowId, Field<?> field) {
        Frontier.Entry newest = newest(frontier.entries(mapping.entity(), rowId, EntityMapping.fieldName(field)));
        show(mapping, rowId, field, ChangeValues.decode(valueOf(newest, mapping, rowId, field), field.getType()),
                null);
    }

    /**
     * Writes one column, and moves updated_at forward to {@code at} (never back). Plain JDBC with a statement
     * rendered once per column: rendering a jOOQ update for every applied change took a fifth of a pull.
     */
    private <R extends UpdatableRecord<R>> void show(EntityMapping<?, R> mapping, UUID rowId, Field<?> field,
                                                     Object value, Instant at) {
        String sql = STATEMENTS.computeIfAbsent(mapping.entity() + "." + field.getName() + (at == null ? "" : "+"),
                key -> "UPDATE " + db.render(mapping.table()) + " SET " + db.render(DSL.name(field.getName()))
                        + " = ?" + (at == null ? "" : ", " + db.render(DSL.name(mapping.updatedAt().getName()))
                        + " = GREATEST(" + db.render(DSL.name(mapping.updatedAt().getName())) + ", ?)")
                        + " WHERE " + db.render(DSL.name(mapping.id().getName())) + " = ?");
        db.connection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int index = 1;
                if (value == null) {
                    update.setNull(index++, field.getDataType().getSQLType());
                } else {
                    update.setObject(index++, value);
                }
                if (at != null) {
                    update.setObject(index++, EntityMapping.toDb(at));
                }
                update.setObject(index, rowId);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("could not show " + field.getName() + " of " + rowId, e);
            }
        });
    }

    private <R extends UpdatableRecord<R>> boolean rowExists(EntityMapping<?, R> mapping, UUID rowId) {
        String sql = STATEMENTS.computeIfAbsent(mapping.entity() + "?", key -> "SELECT 1 FROM "
                + db.render(mapping.table()) + " WHERE " + db.render(DSL.name(mapping.id().getName())) + " = ?");
        boolean[] exists = new boolean[1];
        db.connection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, rowId);
                try (ResultSet rows = select.executeQuery()) {
                    exists[0] = rows.next();
                }
            } catch (SQLException e) {
                throw new DataAccessException("could not look for " + rowId, e);
            }
        });
        if (exists[0]) {
            knownRows.add(rowId);
        }
        return exists[0];
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(org.jooq.Record record, Field<T> field, Object value) {
        record.set(field, (T) value);
    }

    private static Optional<Field<?>> fieldNamed(EntityMapping<?, ?> mapping, String name) {
        return mapping.fields().stream().filter(f -> EntityMapping.fieldName(f).equals(name)).findFirst();
    }

    /**
     * Makes the amount of each deal with live lines the sum of its lines, after changes of other devices were
     * applied: of the deals whose lines ({@code lineIds}) or whose amount or currency ({@code dealIds}) changed.
     * Two laptops editing a deal's lines at the same time each wrote the amount they saw; the lines merge row by
     * row, the amount field would keep one side's sum. The amount is a consequence of the lines, the same on
     * every device that holds the same lines, so it is written here without a change record of its own (every
     * device derives it alike; see decision 0012). A deal without lines keeps its typed amount.
     */
    public void amountsFollowLines(Collection<UUID> lineIds, Collection<UUID> dealIds) {
        Set<UUID> deals = new HashSet<>(dealIds);
        var line = org.fieldbook.store.jooq.Tables.OPPORTUNITY_LINE;
        var deal = org.fieldbook.store.jooq.Tables.OPPORTUNITY;
        List<UUID> lines = List.copyOf(lineIds);
        for (int from = 0; from < lines.size(); from += 1000) {
            deals.addAll(db.selectDistinct(line.OPPORTUNITY_ID).from(line)
                    .where(line.ID.in(lines.subList(from, Math.min(lines.size(), from + 1000))))
                    .fetch(line.OPPORTUNITY_ID));
        }
        List<UUID> all = List.copyOf(deals);
        for (int from = 0; from < all.size(); from += 1000) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            Map<UUID, List<org.fieldbook.domain.OpportunityLine>> byDeal = new LinkedHashMap<>();
            db.selectFrom(line).where(line.OPPORTUNITY_ID.in(chunk), line.DELETED.isFalse())
                    .fetch(ProductMappings.OPPORTUNITY_LINES::read)
                    .forEach(l -> byDeal.computeIfAbsent(l.opportunityId(), id -> new java.util.ArrayList<>()).add(l));
            if (byDeal.isEmpty()) {
                continue;
            }
            for (var row : db.select(deal.ID, deal.AMOUNT, deal.CURRENCY).from(deal)
                    .where(deal.ID.in(byDeal.keySet())).fetch()) {
                String currency = row.value3().strip();
                java.math.BigDecimal sum = org.fieldbook.domain.OpportunityLine.sum(byDeal.get(row.value1()),
                        currency).amount();
                if (row.value2() == null || row.value2().compareTo(sum) != 0) {
                    show(Mappings.OPPORTUNITIES, row.value1(), deal.AMOUNT, sum, null);
                }
            }
        }
    }

    /**
     * Resolves a field conflict on this device: sets the field to the chosen value with every current value as
     * bases, so the choice replaces all of them here and, once synced, everywhere.
     */
    public void resolveField(String entity, UUID rowId, String field, String valueJson,
                             Set<Version> currentValues) {
        EntityMapping<?, ?> mapping = Mappings.byEntity(entity).orElseThrow();
        Field<?> column = fieldNamed(mapping, field).orElseThrow();
        capture.record(entity, rowId, ChangeOp.SET, field, valueJson, currentValues);
        showNewest(mapping, rowId, column);
    }

    /** Resolves "deleted while edited": keeps the row deleted having seen the edits, or restores it. */
    public void resolveDeleted(String entity, UUID rowId, boolean keepDeleted, Set<Version> seen) {
        EntityMapping<?, ?> mapping = Mappings.byEntity(entity).orElseThrow();
        capture.record(entity, rowId, keepDeleted ? ChangeOp.DELETE : ChangeOp.RESTORE, null, null, seen);
        show(mapping, rowId, mapping.deleted(), keepDeleted, null);
    }

    /** The frontier of a row, for conflict review. */
    public FieldVersions versions(String entity, UUID rowId) {
        return capture.versions(entity, rowId);
    }
}
