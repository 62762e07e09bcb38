package org.fieldbook.exchange;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.ImportBatch;
import org.fieldbook.domain.ImportedRow;
import org.fieldbook.store.ImportBatchRepository;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * Imports accounts, contacts, opportunities, leads and activities from CSV and XLSX files. A dry run reads the
 * file and the store and says what would happen, writing nothing; an import does the same work inside one
 * transaction of the store (so it syncs, and is all or nothing) and records a batch that {@link #undo} takes
 * back whole.
 */
public final class ImportService {
    private final Store store;
    private final ZoneId zone;
    private final boolean compactAfterWrites;

    public ImportService(Store store, ZoneId zone) {
        this(store, zone, true);
    }

    /**
     * With {@code compactAfterWrites} false an import and its undo leave the database file as they wrote it (the
     * benchmark's, which compares the import alone with H2's {@code CSVREAD}); otherwise the file is compacted after
     * them when they left it mostly dead space ({@link Store#compactIfSparse()}).
     */
    public ImportService(Store store, ZoneId zone, boolean compactAfterWrites) {
        this.store = store;
        this.zone = zone;
        this.compactAfterWrites = compactAfterWrites;
    }

    /** A file read for the wizard's preview, with the mapping it would start from. */
    public record Preview(SourceTable table, ImportMapping suggested) {
    }

    /** Reads the file with the mapping's encoding, delimiter and header choices (detected where left out). */
    public static SourceTable read(byte[] bytes, ImportMapping mapping) {
        if (SpreadsheetFile.isXlsx(bytes)) {
            return SpreadsheetFile.read(bytes, mapping.header());
        }
        return DelimitedText.read(bytes, charset(mapping.encoding()), delimiter(mapping.delimiter()), mapping.header());
    }

    /** The file read, and the mapping with the columns matched by name filled in where the user chose none. */
    public Preview preview(byte[] bytes, ImportType type, ImportMapping mapping) {
        SourceTable table = read(bytes, mapping);
        ImportMapping suggested = mapping;
        if (mapping.columns().isEmpty()) {
            suggested = mapping.withColumns(ColumnMatcher.match(type, table.headers()));
        }
        return new Preview(table, suggested);
    }

    /** What the import would do; nothing is written. */
    public ImportResult dryRun(byte[] bytes, ImportType type, ImportMapping mapping) {
        return dryRun(preview(bytes, type, mapping).table(), type, mapping);
    }

    /** A dry run of a table read otherwise (vCards). */
    public ImportResult dryRun(SourceTable table, ImportType type, ImportMapping mapping) {
        return dryRun(table, type, mapping, ImportProgress.NONE);
    }

    /** A dry run of a table already read (the wizard's preview), telling {@code progress} how far it is. */
    public ImportResult dryRun(SourceTable table, ImportType type, ImportMapping mapping, ImportProgress progress) {
        ImportMapping effective = effective(type, mapping, table);
        return store.read(tx -> {
            ImportPlanner planner = plan(tx, type, effective, table, progress);
            return result(type, planner, null);
        });
    }

    /**
     * The values of the columns whose values Fieldbook maps (an opportunity's stage, a lead's status, an
     * activity's type): each distinct value with what the import would make of it unless the user says otherwise.
     */
    public List<ValueChoices> valueChoices(SourceTable table, ImportType type, ImportMapping mapping) {
        ImportMapping effective = effective(type, mapping, table);
        return store.read(tx -> ValueChoices.of(tx, type, effective, table));
    }

    /** Imports the file's good rows in one transaction; rejected rows are left out and listed. */
    public ImportResult importFile(byte[] bytes, String fileName, ImportType type, ImportMapping mapping) {
        return importTable(preview(bytes, type, mapping).table(), fileName, type, mapping);
    }

    /** Imports a table read otherwise (vCards). */
    public ImportResult importTable(SourceTable table, String fileName, ImportType type, ImportMapping mapping) {
        return importTable(table, fileName, type, mapping, ImportProgress.NONE);
    }

    /** Imports a table already read; a {@code progress} that throws rolls the whole import back. */
    public ImportResult importTable(SourceTable table, String fileName, ImportType type, ImportMapping mapping,
                                    ImportProgress progress) {
        ImportMapping effective = effective(type, mapping, table);
        return compactedAfter(store.write(tx -> {
            ImportPlanner planner = plan(tx, type, effective, table, progress);
            long firstSeq = tx.nextChangeSeq();
            List<ImportedRow> written = planner.writes().writeTo(tx);
            var changes = new ImportBatchRepository.OwnChanges(tx.changeLog().deviceId(), firstSeq,
                    tx.nextChangeSeq() - 1);
            UUID batchId = UUID.randomUUID();
            ImportWrites w = planner.writes();
            tx.imports().record(new ImportBatch(batchId, type.entity(), fileName, tx.accounts().clockNow(),
                    w.mainCreated, w.mainUpdated, w.skipped, planner.rejected().size(), null), written, changes);
            return result(type, planner, batchId);
        }));
    }

    /** Takes a whole import back: deletes what it created and puts back what it updated, in one transaction. */
    public ImportBatch undo(UUID batchId) {
        return compactedAfter(store.write(tx -> {
            ImportBatch batch = tx.imports().find(batchId).orElseThrow(() -> new ImportProblem(
                    "import.problem.noBatch", "there is no import " + batchId, batchId));
            if (batch.undone()) {
                throw new ImportProblem("import.problem.undone", "that import was already undone", batchId);
            }
            List<ImportedRow> recorded = tx.imports().rowsOf(batchId);
            var created = tx.imports().createdByChanges(batchId);
            if (created.isEmpty()) { // recorded before V14: every row it wrote is in the record
                recorded.forEach(row -> undo(tx, row));
            } else { // the updates were recorded last: they go back first, then what the changes created
                recorded.stream().filter(ImportedRow::updated).forEach(row -> undo(tx, row));
                created.get().forEach(row -> undo(tx, row));
            }
            tx.imports().markUndone(batchId, tx.accounts().clockNow());
            return tx.imports().find(batchId).orElseThrow();
        }));
    }

    private <T> T compactedAfter(T written) {
        if (compactAfterWrites) {
            store.compactIfSparse();
        }
        return written;
    }

    /** The imports made on this device, newest first. */
    public List<ImportBatch> batches() {
        return store.read(tx -> tx.imports().all());
    }

    private static void undo(Tx tx, ImportedRow row) {
        var entities = switch (row.entity()) {
            case "account" -> tx.accounts();
            case "contact" -> tx.contacts();
            case "opportunity" -> tx.opportunities();
            case "stage_change" -> tx.stageChanges();
            case "lead" -> tx.leads();
            case "activity" -> tx.activities();
            case "sales_rep" -> tx.reps();
            default -> throw new IllegalStateException("an import does not write " + row.entity());
        };
        if (row.updated()) {
            entities.revertTo(row.rowId(), row.before());
        } else if (entities.find(row.rowId()).isPresent()) {
            entities.delete(row.rowId()); // a row someone deleted since is left in the trash
        }
    }

    private ImportPlanner plan(Tx tx, ImportType type, ImportMapping mapping, SourceTable table,
                               ImportProgress progress) {
        ImportPlanner planner = new ImportPlanner(tx, type, mapping, table, zone);
        planner.planAll(progress);
        return planner;
    }

    /** A mapping without columns matches them by name; one naming columns the file lacks is refused. */
    private static ImportMapping effective(ImportType type, ImportMapping mapping, SourceTable table) {
        if (mapping.columns().isEmpty()) {
            return mapping.withColumns(ColumnMatcher.match(type, table.headers()));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (var entry : mapping.columns().entrySet()) {
            if (!table.headers().contains(entry.getKey())) {
                throw new ImportProblem("import.problem.column", "the file has no column '" + entry.getKey() + "'",
                        entry.getKey());
            }
            String field = entry.getValue();
            if (field != null && !field.isBlank() && !field.startsWith(ImportType.CUSTOM) && !type.fields().contains(field)) {
                throw new ImportProblem("import.problem.field", "'" + field + "' is not a field of " + type.entity(),
                        field);
            }
            columns.put(entry.getKey(), field);
        }
        return mapping.withColumns(columns);
    }

    private static ImportResult result(ImportType type, ImportPlanner planner, UUID batchId) {
        ImportWrites w = planner.writes();
        return new ImportResult(type, planner.rows(), w.mainCreated, w.mainUpdated, w.skipped,
                List.copyOf(planner.rejected()), w.accountsMade, w.ownersMade, batchId);
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportProblem("import.problem.encoding", "'" + name + "' is not an encoding Fieldbook knows",
                    e, name);
        }
    }

    static Character delimiter(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equalsIgnoreCase("tab") || value.equals("\\t")) {
            return '\t';
        }
        if (value.length() != 1) {
            throw new ImportProblem("import.problem.delimiter", "the delimiter must be one character", value);
        }
        return value.charAt(0);
    }
}
