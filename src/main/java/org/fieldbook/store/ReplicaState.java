package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;
import static org.fieldbook.store.jooq.Tables.COMPANY_PROFILE;
import static org.fieldbook.store.jooq.Tables.FIELD_VERSION;
import static org.fieldbook.store.jooq.Tables.FIELD_VERSION_ENTRY;
import static org.fieldbook.store.jooq.Tables.PIPELINE;
import static org.fieldbook.store.jooq.Tables.STAGE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeValues;
import org.fieldbook.store.jooq.tables.records.ChangeLogRecord;
import org.fieldbook.store.jooq.tables.records.FieldVersionRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.fieldbook.store.change.BatchInsert;

/**
 * The whole state of a replica as JSON lines, for snapshots: every row (tombstones too), every frontier entry,
 * and the changes those entries name except CREATEs. A CREATE entry's values are the row's own values for every
 * field without entries of its own, so it need not travel; the row shows them.
 */
public final class ReplicaState {
    private static final int BATCH = 2_000;

    private final DSLContext db;

    ReplicaState(DSLContext db) {
        this.db = db;
    }

    public void export(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (EntityMapping<?, ?> mapping : Mappings.ALL) {
            try (var rows = db.selectFrom(mapping.table()).fetchSize(BATCH).fetchLazy()) {
                for (Record row : rows) {
                    Map<String, Object> columns = new LinkedHashMap<>();
                    for (Field<?> field : row.fields()) {
                        columns.put(EntityMapping.fieldName(field), row.get(field));
                    }
                    line(writer, "row", mapping.entity(), ChangeValues.encodeRow(columns));
                }
            }
        }
        try (var versions = db.selectFrom(FIELD_VERSION).fetchSize(BATCH).fetchLazy()) {
            for (FieldVersionRecord v : versions) {
                line(writer, "version", v.getEntity(), ChangeValues.encodeRow(v.intoMap().entrySet().stream()
                        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey().toLowerCase(java.util.Locale.ROOT),
                                e.getValue()), Map::putAll)));
            }
        }
        try (var changes = db.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.OP.ne(ChangeOp.CREATE.name()),
                        CHANGE_LOG.CHANGE_ID.in(db.select(FIELD_VERSION_ENTRY.CHANGE_ID).from(FIELD_VERSION_ENTRY)))
                .fetchSize(BATCH).fetchLazy()) {
            for (ChangeLogRecord change : changes) {
                line(writer, "change", change.getEntity(), ChangeValues.encodeRow(change.intoMap().entrySet().stream()
                        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey().toLowerCase(java.util.Locale.ROOT),
                                e.getValue()), Map::putAll)));
            }
        }
        writer.flush();
    }

    /** Writes the same state as a plain H2 database file (see {@link SnapshotDatabase}). */
    public void exportDatabase(OutputStream out) throws IOException {
        SnapshotDatabase.export(db, out);
    }

    private static void line(BufferedWriter writer, String kind, String entity, String json) throws IOException {
        writer.write(kind);
        writer.write('\t');
        writer.write(entity);
        writer.write('\t');
        writer.write(json);
        writer.write('\n');
    }

    /**
     * Loads a state into this replica, which holds nothing but the default pipelines and the company row (the
     * state has its own copy of them; one from before V11 has no company row, so the default is put back). Rows arrive grouped by table in foreign-key order and are inserted in bound batches.
     * Returns the rows loaded.
     */
    public long load(InputStream in) throws IOException {
        db.deleteFrom(STAGE).execute();
        db.deleteFrom(PIPELINE).execute();
        db.deleteFrom(COMPANY_PROFILE).execute();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Table<? extends TableRecord<?>> table = null;
        List<TableRecord<?>> batch = new ArrayList<>(BATCH);
        long rows = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            String[] parts = line.split("\t", 3);
            if (parts.length != 3) {
                throw new IOException("not a replica state line");
            }
            Table<? extends TableRecord<?>> lineTable = switch (parts[0]) {
                case "row" -> Mappings.byEntity(parts[1])
                        .orElseThrow(() -> new IOException("unknown entity " + parts[1])).table();
                case "version" -> FIELD_VERSION_ENTRY;
                case "change" -> CHANGE_LOG;
                default -> throw new IOException("unknown replica state line " + parts[0]);
            };
            if (lineTable != table || batch.size() == BATCH) {
                flush(table, batch);
                table = lineTable;
            }
            batch.add(record(lineTable, ChangeValues.parse(parts[2])));
            if ("row".equals(parts[0])) {
                rows++;
            }
        }
        flush(table, batch);
        if (db.fetchCount(COMPANY_PROFILE) == 0) {
            java.time.OffsetDateTime made = java.time.OffsetDateTime.parse("2024-01-01T00:00:00Z");
            db.insertInto(COMPANY_PROFILE, COMPANY_PROFILE.ID, COMPANY_PROFILE.VALIDITY_DAYS,
                    COMPANY_PROFILE.CREATED_AT, COMPANY_PROFILE.UPDATED_AT, COMPANY_PROFILE.DELETED)
                    .values(org.fieldbook.domain.CompanyProfile.ID, 30, made, made, false).execute();
        }
        return rows;
    }

    private TableRecord<?> record(Table<? extends TableRecord<?>> table, JsonNode values) {
        TableRecord<?> record = db.newRecord(table);
        decode(table, values).forEach((field, value) -> set(record, field, value));
        return record;
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(TableRecord<?> record, Field<T> field, Object value) {
        record.set(field, (T) value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void flush(Table<? extends TableRecord<?>> table, List<TableRecord<?>> batch) {
        if (table != null && !batch.isEmpty()) {
            BatchInsert.into(db, (Table) table, (List) batch);
        }
        batch.clear();
    }

    private static Map<Field<?>, Object> decode(Table<?> table, JsonNode values) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        for (Field<?> field : table.fields()) {
            JsonNode value = values.get(EntityMapping.fieldName(field));
            if (value != null) {
                columns.put(field, ChangeValues.decode(value, field.getType()));
            }
        }
        return columns;
    }
}
