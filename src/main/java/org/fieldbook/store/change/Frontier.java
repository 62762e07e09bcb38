package org.fieldbook.store.change;

import static org.fieldbook.store.jooq.Tables.FIELD_VERSION;
import static org.fieldbook.store.jooq.Tables.FIELD_VERSION_ENTRY;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.fieldbook.domain.Version;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.store.jooq.tables.records.FieldVersionRecord;
import org.jooq.DSLContext;

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
 */
public final class Frontier {
    private static final String MERGE_ENTRY = "MERGE INTO FIELD_VERSION_ENTRY (ENTITY, ROW_ID, FIELD, CHANGE_ID, "
            + "HLC_WALL, HLC_COUNTER, DEVICE_ID, DEVICE_SEQ) KEY (ENTITY, ROW_ID, FIELD, CHANGE_ID) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private final DSLContext db;
    private final Consumer<UUID> writePendingCreateOf;

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

    /** The entries of one field: its own, or the row's CREATE entries when it has none. */
    public List<Entry> entries(String entity, UUID rowId, String field) {
        List<Entry> own = read(entity, rowId, field);
        return own.isEmpty() ? read(entity, rowId, FieldVersions.WHOLE_ROW) : own;
    }

    /**
     * Applies a change of {@code field}: removes the entries named in {@code bases}, adds {@code entry}.
     * Returns the field's entries afterwards.
     */
    public List<Entry> advance(String entity, UUID rowId, String field, Set<Version> bases, Entry entry) {
        writePendingCreateOf.accept(rowId);
        Set<UUID> replacedIds = bases.stream().map(Version::changeId).collect(Collectors.toSet());
        List<Entry> own = new ArrayList<>();
        List<Entry> whole = new ArrayList<>();
        db.selectFrom(FIELD_VERSION)
                .where(FIELD_VERSION.ENTITY.eq(entity), FIELD_VERSION.ROW_ID.eq(rowId),
                        FIELD_VERSION.FIELD.in(field, FieldVersions.WHOLE_ROW))
                .forEach(r -> (FieldVersions.WHOLE_ROW.equals(r.getField()) ? whole : own).add(entryOf(r)));
        List<Entry> after = new ArrayList<>();
        if (own.isEmpty()) {
            // The field leaves the row's CREATE: keep as its own entries the CREATEs this change did not see.
            for (Entry created : whole) {
                if (!replacedIds.contains(created.changeId())) {
                    insert(entity, rowId, field, created);
                    after.add(created);
                }
            }
        } else {
            List<UUID> replaced = own.stream().map(Entry::changeId).filter(replacedIds::contains).toList();
            if (!replaced.isEmpty()) {
                db.deleteFrom(FIELD_VERSION_ENTRY)
                        .where(FIELD_VERSION_ENTRY.ENTITY.eq(entity), FIELD_VERSION_ENTRY.ROW_ID.eq(rowId),
                                FIELD_VERSION_ENTRY.FIELD.eq(field), FIELD_VERSION_ENTRY.CHANGE_ID.in(replaced))
                        .execute();
            }
            own.stream().filter(e -> !replacedIds.contains(e.changeId())).forEach(after::add);
        }
        insert(entity, rowId, field, entry);
        after.add(entry);
        return after;
    }

    /**
     * Adds an entry; one that is there already stays as it is. H2's own MERGE on the key, with plain JDBC: jOOQ
     * renders {@code onDuplicateKeyIgnore} as a MERGE USING that H2 parses anew each time, which was a sixth
     * of a single edit's time.
     */
    private void insert(String entity, UUID rowId, String field, Entry entry) {
        db.connection(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(MERGE_ENTRY)) {
                merge.setString(1, entity);
                merge.setObject(2, rowId);
                merge.setString(3, field);
                merge.setObject(4, entry.changeId());
                merge.setLong(5, entry.hlc().wallMillis());
                merge.setInt(6, entry.hlc().counter());
                merge.setObject(7, entry.hlc().deviceId());
                merge.setLong(8, entry.version().deviceSeq());
                merge.executeUpdate();
            }
        });
    }

    private List<Entry> read(String entity, UUID rowId, String field) {
        writePendingCreateOf.accept(rowId);
        return db.selectFrom(FIELD_VERSION)
                .where(FIELD_VERSION.ENTITY.eq(entity), FIELD_VERSION.ROW_ID.eq(rowId), FIELD_VERSION.FIELD.eq(field))
                .fetch(Frontier::entryOf);
    }

    static Entry entryOf(FieldVersionRecord r) {
        return new Entry(new Version(r.getChangeId(), r.getDeviceId(), r.getDeviceSeq()),
                new Hlc(r.getHlcWall(), r.getHlcCounter(), r.getDeviceId()));
    }
}
