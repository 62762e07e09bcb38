package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;
import static org.fieldbook.store.jooq.Tables.IMPORT_BATCH;
import static org.fieldbook.store.jooq.Tables.IMPORT_BATCH_ROW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.ImportBatch;
import org.fieldbook.domain.ImportedRow;
import org.fieldbook.store.change.BatchInsert;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.jooq.tables.records.ImportBatchRecord;
import org.fieldbook.store.jooq.tables.records.ImportBatchRowRecord;
import org.jooq.DSLContext;

/**
 * The imports made on this device and what each one wrote. Local bookkeeping, not synced: the records an
 * import writes go through change capture like any other edit, and the records it created are found again by
 * the range of its change records (decision 0015).
 */
public final class ImportBatchRepository {
    private final DSLContext db;

    ImportBatchRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The changes of this device an import wrote: sequence numbers {@code firstSeq} to {@code lastSeq} (none
     * when {@code lastSeq < firstSeq}). Every record it created is the row of one CREATE among them.
     */
    public record OwnChanges(UUID deviceId, long firstSeq, long lastSeq) {
    }

    /**
     * Records an import: the batch with the range of its change records, and {@code rows}, the records that
     * need more than their CREATE to be undone or found again (updated ones with their fields before, created
     * ones with a source key).
     */
    public void record(ImportBatch batch, List<ImportedRow> rows, OwnChanges changes) {
        ImportBatchRecord head = db.newRecord(IMPORT_BATCH);
        head.setId(batch.id());
        head.setEntity(batch.entity());
        head.setFileName(batch.fileName());
        head.setImportedAt(EntityMapping.toDb(batch.importedAt()));
        head.setCreated(batch.created());
        head.setUpdated(batch.updated());
        head.setSkipped(batch.skipped());
        head.setRejected(batch.rejected());
        head.setDeviceId(changes.deviceId());
        head.setFirstSeq(changes.firstSeq());
        head.setLastSeq(changes.lastSeq());
        head.insert();
        List<ImportBatchRowRecord> records = new ArrayList<>(rows.size());
        int position = 0;
        for (ImportedRow row : rows) {
            ImportBatchRowRecord r = db.newRecord(IMPORT_BATCH_ROW);
            r.setBatchId(batch.id());
            r.setPosition(position++);
            r.setEntity(row.entity());
            r.setRowId(row.rowId());
            r.setAction(row.updated() ? "UPDATED" : "CREATED");
            r.setBeforeJson(row.before());
            r.setSourceKey(row.sourceKey());
            records.add(r);
        }
        BatchInsert.into(db, IMPORT_BATCH_ROW, records);
    }

    /**
     * The records the batch created, read back from its CREATE changes, last created first; empty when the
     * batch was recorded before imports kept their range of changes (V14): then {@link #rowsOf} holds them all.
     */
    public Optional<List<ImportedRow>> createdByChanges(UUID batchId) {
        ImportBatchRecord batch = db.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).fetchSingle();
        if (batch.getFirstSeq() == null) {
            return Optional.empty();
        }
        return Optional.of(db.select(CHANGE_LOG.ENTITY, CHANGE_LOG.ROW_ID).from(CHANGE_LOG)
                .where(CHANGE_LOG.DEVICE_ID.eq(batch.getDeviceId()),
                        CHANGE_LOG.DEVICE_SEQ.between(batch.getFirstSeq(), batch.getLastSeq()),
                        CHANGE_LOG.OP.eq(ChangeOp.CREATE.name()))
                .orderBy(CHANGE_LOG.DEVICE_SEQ.desc())
                .fetch(r -> ImportedRow.created(r.value1(), r.value2(), null)));
    }

    /** Newest first. */
    public List<ImportBatch> all() {
        return db.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.IMPORTED_AT.desc()).fetch(ImportBatchRepository::read);
    }

    public Optional<ImportBatch> find(UUID id) {
        return db.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(ImportBatchRepository::read);
    }

    /** What the batch wrote, last written first: the order an undo takes them back in. */
    public List<ImportedRow> rowsOf(UUID batchId) {
        return db.selectFrom(IMPORT_BATCH_ROW).where(IMPORT_BATCH_ROW.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_BATCH_ROW.POSITION.desc())
                .fetch(r -> new ImportedRow(r.getEntity(), r.getRowId(), r.getBeforeJson(),
                        r.getSourceKey()));
    }

    public void markUndone(UUID batchId, Instant at) {
        db.update(IMPORT_BATCH).set(IMPORT_BATCH.UNDONE_AT, EntityMapping.toDb(at))
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    /** The source keys of {@code entity} rows that imports not undone brought in, to the rows they became. */
    public Map<String, UUID> sourceKeys(String entity) {
        Map<String, UUID> keys = new HashMap<>();
        db.select(IMPORT_BATCH_ROW.SOURCE_KEY, IMPORT_BATCH_ROW.ROW_ID).from(IMPORT_BATCH_ROW)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(IMPORT_BATCH_ROW.BATCH_ID))
                .where(IMPORT_BATCH_ROW.ENTITY.eq(entity), IMPORT_BATCH_ROW.SOURCE_KEY.isNotNull(),
                        IMPORT_BATCH.UNDONE_AT.isNull())
                .forEach(r -> keys.put(r.value1(), r.value2()));
        return keys;
    }

    private static ImportBatch read(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getEntity(), r.getFileName(), EntityMapping.fromDb(r.getImportedAt()),
                r.getCreated(), r.getUpdated(), r.getSkipped(), r.getRejected(), EntityMapping.fromDb(r.getUndoneAt()));
    }
}
