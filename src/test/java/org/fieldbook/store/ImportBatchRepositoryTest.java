package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.IMPORT_BATCH;
import static org.fieldbook.store.jooq.Tables.IMPORT_BATCH_ROW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.ImportedRow;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportResult;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import keeps to be undone (V14): its range of change records, and a row only for what needs more
 * than its CREATE. Batches recorded before V14 kept a row per record and are undone from those rows.
 */
class ImportBatchRepositoryTest {
    private static final byte[] CSV = "Name,Industry\nAcme Tools Ltd,Hardware\nNew Co,Food\nOther Co,Food\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void theCreatedRecordsAreReadBackFromTheImportsOwnChangesOnly() {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            UUID acme = store.write(tx -> tx.accounts().insert(Account.create("Acme Tools", null))).id();
            ImportService imports = new ImportService(store, ZoneOffset.UTC);
            ImportResult result = imports.importFile(CSV, "a.csv", ImportType.ACCOUNTS,
                    ImportMapping.detect(ImportType.ACCOUNTS));
            store.writeVoid(tx -> tx.accounts().insert(Account.create("Made later", null)));

            List<ImportedRow> created = store.read(tx -> tx.imports().createdByChanges(result.batchId())).orElseThrow();
            List<String> names = store.read(tx -> created.stream().map(r -> tx.accounts().get(r.rowId()).name())
                    .toList());
            assertEquals(List.of("Other Co", "New Co"), names, "the import's CREATEs, last first, and nothing else");
            List<ImportedRow> recorded = store.read(tx -> tx.imports().rowsOf(result.batchId()));
            assertEquals(1, recorded.size(), "only the update needs a row of its own");
            assertEquals(acme, recorded.get(0).rowId());
            assertTrue(recorded.get(0).updated());
        }
    }

    @Test
    void aBatchRecordedBeforeTheRangeIsUndoneFromItsRows() {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            UUID acme = store.write(tx -> tx.accounts().insert(Account.create("Acme Tools", null))).id();
            ImportService imports = new ImportService(store, ZoneOffset.UTC);
            ImportResult result = imports.importFile(CSV, "a.csv", ImportType.ACCOUNTS,
                    ImportMapping.detect(ImportType.ACCOUNTS));
            List<ImportedRow> created = store.read(tx -> tx.imports().createdByChanges(result.batchId())).orElseThrow();
            asRecordedBeforeV14(database.dsl(), result.batchId(), created);
            assertTrue(store.read(tx -> tx.imports().createdByChanges(result.batchId())).isEmpty());

            imports.undo(result.batchId());
            assertEquals(List.of("Acme Tools"), store.read(tx -> tx.accounts().all()).stream().map(Account::name)
                    .toList());
            assertEquals(null, store.read(tx -> tx.accounts().get(acme)).industry(), "the update was put back");
        }
    }

    /** As V9 recorded it: no range, every created record a row of its own before the updated ones. */
    private static void asRecordedBeforeV14(DSLContext db, UUID batchId, List<ImportedRow> created) {
        db.update(IMPORT_BATCH).setNull(IMPORT_BATCH.DEVICE_ID).setNull(IMPORT_BATCH.FIRST_SEQ)
                .setNull(IMPORT_BATCH.LAST_SEQ).where(IMPORT_BATCH.ID.eq(batchId)).execute();
        db.update(IMPORT_BATCH_ROW).set(IMPORT_BATCH_ROW.POSITION, IMPORT_BATCH_ROW.POSITION.plus(created.size()))
                .where(IMPORT_BATCH_ROW.BATCH_ID.eq(batchId)).execute();
        int position = 0;
        for (int i = created.size() - 1; i >= 0; i--) { // created holds them last first
            ImportedRow row = created.get(i);
            db.insertInto(IMPORT_BATCH_ROW).set(IMPORT_BATCH_ROW.BATCH_ID, batchId)
                    .set(IMPORT_BATCH_ROW.POSITION, position++).set(IMPORT_BATCH_ROW.ENTITY, row.entity())
                    .set(IMPORT_BATCH_ROW.ROW_ID, row.rowId()).set(IMPORT_BATCH_ROW.ACTION, "CREATED").execute();
        }
    }
}
