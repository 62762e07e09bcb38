package org.fieldbook.store.change;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.fieldbook.domain.Version;
import org.fieldbook.domain.FieldVersions;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The multi-value register of every field: the set of changes whose value a field holds. A change replaces
 * the entries it names in its bases and joins the rest, so an edit made after seeing another replaces it,
 * and two edits made without seeing each other both stay. A CREATE sits under the field {@code *} and stands
 * for every field that has no entries of its own.
 *
 * <p>The register is read through the view {@code field_version}: the entries of single fields (table
 * {@code field_version_entry}) and the row's CREATEs, read from the change log where they already are, or from
 * the table when they arrived inside a snapshot. Reading a row whose CREATE the transaction still batches
 * writes the batch first.
 *
 * <p>The changes a transaction makes on this device are applied to the register in one go per row when
 * something reads it or the transaction ends ({@link #defer}, {@link #writeDeferred}): one read of the row's
 * entries and one batch of deletes and one of merges, in fixed statements, instead of a read and two writes
 * per field. A board move changes four fields.
 */
public final class Frontier {
    private static final String READ_ROW = "SELECT FIELD, CHANGE_ID, HLC_WALL, HLC_COUNTER, DEVICE_ID, DEVICE_SEQ "
            + "FROM FIELD_VERSION WHERE ENTITY = ? AND ROW_ID = ?";
    private static final String MERGE_ENTRY = "MERGE INTO FIELD_VERSION_ENTRY (ENTITY, ROW_ID, FIELD, CHANGE_ID, "
            + "HLC_WALL, HLC_COUNTER, DEVICE_ID, DEVICE_SEQ) KEY (ENTITY, ROW_ID, FIELD, CHANGE_ID) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE_ENTRY = "DELETE FROM FIELD_VERSION_ENTRY "
            + "WHERE ENTITY = ? AND ROW_ID = ? AND FIELD = ? AND CHANGE_ID = ?";
    private final DSLContext db;
    private final Consumer<UUID> writePendingCreateOf;
    /** This transaction's own changes not yet applied to the register, in the order they were made. */
    private final Map<Row, List<Advance>> deferred = new LinkedHashMap<>();

    Frontier(DSLContext db, Consumer<UUID> writePendingCreateOf) {
        this.db = db;
        this.writePendingCreateOf = writePendingCreateOf;
    }

    /** One value of a field: the change that wrote it and its clock reading. */
    public record Entry(Version version, Hlc hlc) {
        public UUID changeId() {
            return version.changeId();
        }
    }

    private record Row(String entity, UUID rowId) {
    }

    private record Advance(String field, Set<Version> bases, Entry entry) {
    }

    /** The entries of one field: its own, or the row's CREATE entries when it has none. */
    public List<Entry> entries(String entity, UUID rowId, String field) {
        writeDeferred();
        writePendingCreateOf.accept(rowId);
        Map<String, List<Entry>> row = readRow(entity, rowId);
        List<Entry> own = row.getOrDefault(field, List.of());
        return own.isEmpty() ? row.getOrDefault(FieldVersions.WHOLE_ROW, List.of()) : own;
    }

    /**
     * Applies a change of {@code field}: removes the entries named in {@code bases}, adds {@code entry}.
     * Returns the field's entries afterwards.
     */
    public List<Entry> advance(String entity, UUID rowId, String field, Set<Version> bases, Entry entry) {
        writeDeferred();
        return apply(new Row(entity, rowId), List.of(new Advance(field, bases, entry))).get(field);
    }

    /** Applies a change of {@code field} like {@link #advance}, at the latest when the transaction ends. */
    public void defer(String entity, UUID rowId, String field, Set<Version> bases, Entry entry) {
        deferred.computeIfAbsent(new Row(entity, rowId), row -> new ArrayList<>())
                .add(new Advance(field, bases, entry));
    }

    /** Applies the deferred changes, so that the register holds them. */
    public void writeDeferred() {
        if (deferred.isEmpty()) {
            return;
        }
        Map<Row, List<Advance>> rows = new LinkedHashMap<>(deferred);
        deferred.clear(); // before the writes: writing a pending CREATE comes back here
        rows.forEach(this::apply);
    }

    /**
     * Applies changes of one row in order and writes the difference. A field without entries of its own leaves
     * the row's CREATE: it keeps as its own entries the CREATEs its change did not see.
     */
    private Map<String, List<Entry>> apply(Row row, List<Advance> advances) {
        writePendingCreateOf.accept(row.rowId());
        Map<String, List<Entry>> stored = readRow(row.entity(), row.rowId());
        List<Entry> whole = stored.getOrDefault(FieldVersions.WHOLE_ROW, List.of());
        Map<String, List<Entry>> after = new LinkedHashMap<>();
        for (Advance advance : advances) {
            List<Entry> own = after.computeIfAbsent(advance.field(),
                    field -> new ArrayList<>(stored.getOrDefault(field, List.of())));
            Set<UUID> replaced = advance.bases().stream().map(Version::changeId).collect(Collectors.toSet());
            if (own.isEmpty()) {
                whole.stream().filter(created -> !replaced.contains(created.changeId())).forEach(own::add);
            } else {
                own.removeIf(entry -> replaced.contains(entry.changeId()));
            }
            if (own.stream().noneMatch(entry -> entry.changeId().equals(advance.entry().changeId()))) {
                own.add(advance.entry());
            }
        }
        write(row, stored, after);
        return after;
    }

    private void write(Row row, Map<String, List<Entry>> stored, Map<String, List<Entry>> after) {
        db.connection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_ENTRY);
                 PreparedStatement merge = connection.prepareStatement(MERGE_ENTRY)) {
                int deletes = 0;
                int merges = 0;
                for (var field : after.entrySet()) {
                    List<Entry> before = stored.getOrDefault(field.getKey(), List.of());
                    Set<UUID> kept = ids(field.getValue());
                    Set<UUID> had = ids(before);
                    for (Entry gone : before) {
                        if (!kept.contains(gone.changeId())) {
                            delete.setString(1, row.entity());
                            delete.setObject(2, row.rowId());
                            delete.setString(3, field.getKey());
                            delete.setObject(4, gone.changeId());
                            delete.addBatch();
                            deletes++;
                        }
                    }
                    for (Entry added : field.getValue()) {
                        if (!had.contains(added.changeId())) {
                            merge.setString(1, row.entity());
                            merge.setObject(2, row.rowId());
                            merge.setString(3, field.getKey());
                            merge.setObject(4, added.changeId());
                            merge.setLong(5, added.hlc().wallMillis());
                            merge.setInt(6, added.hlc().counter());
                            merge.setObject(7, added.hlc().deviceId());
                            merge.setLong(8, added.version().deviceSeq());
                            merge.addBatch();
                            merges++;
                        }
                    }
                }
                if (deletes > 0) {
                    delete.executeBatch();
                }
                if (merges > 0) {
                    merge.executeBatch();
                }
            } catch (SQLException e) {
                throw new DataAccessException("could not move the frontier of " + row, e);
            }
        });
    }

    private static Set<UUID> ids(List<Entry> entries) {
        Set<UUID> ids = new HashSet<>();
        entries.forEach(entry -> ids.add(entry.changeId()));
        return ids;
    }

    /** Every entry of a row, by field ({@code *} for its CREATEs). */
    private Map<String, List<Entry>> readRow(String entity, UUID rowId) {
        Map<String, List<Entry>> byField = new HashMap<>();
        db.connection(connection -> {
            try (PreparedStatement read = connection.prepareStatement(READ_ROW)) {
                read.setString(1, entity);
                read.setObject(2, rowId);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        UUID device = rows.getObject(5, UUID.class);
                        Entry entry = new Entry(new Version(rows.getObject(2, UUID.class), device, rows.getLong(6)),
                                new Hlc(rows.getLong(3), rows.getInt(4), device));
                        byField.computeIfAbsent(rows.getString(1), field -> new ArrayList<>()).add(entry);
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessException("could not read the frontier of " + entity + " " + rowId, e);
            }
        });
        return byField;
    }

    /** The frontier of a row as versions, by field. */
    public FieldVersions versions(String entity, UUID rowId) {
        writeDeferred();
        writePendingCreateOf.accept(rowId);
        Map<String, Set<Version>> byField = new HashMap<>();
        Set<Version> whole = new HashSet<>();
        readRow(entity, rowId).forEach((field, entries) -> {
            Set<Version> versions = FieldVersions.WHOLE_ROW.equals(field) ? whole
                    : byField.computeIfAbsent(field, k -> new HashSet<>());
            entries.forEach(entry -> versions.add(entry.version()));
        });
        return new FieldVersions(byField, whole);
    }
}
