package org.fieldbook.store.change;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Version;
import org.fieldbook.store.jooq.tables.records.ChangeLogRecord;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The change capture of one transaction: every write of the store calls {@link #record}, which gives the
 * change its device sequence number and clock reading, appends it to the outbox ({@code change_log}) and
 * moves the field's frontier (a CREATE moves none: it is its row's entry). Changes are written in batches;
 * {@link #flush} runs before the transaction commits, so a rolled-back write leaves neither a change nor a used
 * sequence number behind.
 */
public final class ChangeCapture {
    private final DSLContext db;
    private final int schemaVersion;
    private final LongSupplier wallClock;
    private final List<ChangeLogRecord> pendingChanges = new ArrayList<>();
    /** Rows whose CREATE is among the pending changes: their frontier cannot be read before it is written. */
    private final Set<UUID> pendingCreates = new HashSet<>();
    private final Frontier frontier;
    private static final String LOAD_DEVICE = "SELECT DEVICE_ID, NEXT_SEQ, HLC_WALL, HLC_COUNTER FROM LOCAL_DEVICE "
            + "WHERE SINGLETON = 1 FOR UPDATE";
    private static final String STORE_DEVICE = "UPDATE LOCAL_DEVICE SET NEXT_SEQ = ?, HLC_WALL = ?, HLC_COUNTER = ? "
            + "WHERE SINGLETON = 1";
    private UUID device;
    private long storedNextSeq;
    private Hlc last;
    private long nextSeq;
    private boolean clockMoved;
    private int recorded;
    /** The rows this transaction changed, for the store's listeners; past the cap they count as everything. */
    private final java.util.Map<String, Set<UUID>> touched = new java.util.HashMap<>();
    private int touchedCount;
    private boolean touchedEverything;
    private static final int TOUCHED_CAP = 20_000;
    private final DealTouches dealTouches = new DealTouches();

    public ChangeCapture(DSLContext db, int schemaVersion, LongSupplier wallClock) {
        this.db = db;
        this.schemaVersion = schemaVersion;
        this.wallClock = wallClock;
        this.frontier = new Frontier(db, this::writeCreateOf);
    }

    /** The fields' registers, as this transaction sees them. */
    public Frontier frontier() {
        return frontier;
    }

    /** Appends one change made on this device and returns it. */
    public ChangeRecord record(String entity, UUID rowId, ChangeOp op, String field, String valueJson,
                               Set<Version> bases) {
        loadDevice();
        long now = wallClock.getAsLong();
        last = last.tick(now);
        UUID changeId = TimeOrderedId.next(Math.max(now, last.wallMillis()));
        ChangeRecord change = new ChangeRecord(changeId, ChangeRecord.FORMAT, schemaVersion, last.deviceId(),
                nextSeq++, last, entity, rowId, op, field, valueJson, bases);
        recorded++;
        keep(change);
        if (op != ChangeOp.CREATE) { // a CREATE is its row's frontier entry as it stands in the change log
            frontier.defer(entity, rowId, frontierField(op, field), bases, new Frontier.Entry(change.version(), last));
        }
        return change;
    }

    /**
     * The sequence number the next change recorded in this transaction will get (sequence numbers have no
     * gaps): an import notes it before and after it writes, and so knows which changes are its own.
     */
    public long nextSequence() {
        loadDevice();
        return nextSeq;
    }

    /** How many changes this transaction made on this device. */
    public int recorded() {
        return recorded;
    }

    /** The field whose frontier a change moves: DELETE and RESTORE move the row's {@code deleted} flag. */
    public static String frontierField(ChangeOp op, String field) {
        return switch (op) {
            case CREATE -> FieldVersions.WHOLE_ROW;
            case SET -> field;
            case DELETE, RESTORE -> "deleted";
        };
    }

    /**
     * Moves this device's clock past a reading received from a peer, so that every later local change
     * orders after everything this device has seen.
     */
    public void observe(Hlc remote) {
        loadDevice();
        last = last.receive(remote, wallClock.getAsLong());
        clockMoved = true;
    }

    /** The frontier of a row as it stands in this transaction. */
    public FieldVersions versions(String entity, UUID rowId) {
        writePendingChanges();
        return frontier.versions(entity, rowId);
    }

    /** Keeps a change made on another device, written with the next flush. */
    public void keep(ChangeRecord change) {
        pendingChanges.add(toRecord(change));
        touch(change.entity(), change.rowId());
        dealTouches.note(change);
        if (change.op() == ChangeOp.CREATE) {
            pendingCreates.add(change.rowId());
        }
    }

    private void touch(String entity, UUID rowId) {
        if (touchedEverything) {
            return;
        }
        if (touched.computeIfAbsent(entity, e -> new HashSet<>()).add(rowId) && ++touchedCount > TOUCHED_CAP) {
            touchedEverything = true;
            touched.clear();
        }
    }

    /** Marks every row as changed: a whole replica state loaded past the capture. */
    public void touchEverything() {
        touchedEverything = true;
        touched.clear();
        dealTouches.everything();
    }

    /** What this transaction changed of the rows the per-deal facts derive from. */
    public DealTouches dealTouches() {
        return dealTouches;
    }

    /** The rows this transaction changed so far. */
    public ChangedRows touched() {
        return new ChangedRows(java.util.Map.copyOf(touched), touchedEverything);
    }

    /** Writes the pending changes if one of them creates {@code rowId}: the row's frontier entry. */
    private void writeCreateOf(UUID rowId) {
        if (pendingCreates.contains(rowId)) {
            writePendingChanges();
        }
    }

    /** Writes the batched changes and their frontier entries, so that queries of the change log see them. */
    public void writePendingChanges() {
        if (!pendingChanges.isEmpty()) {
            BatchInsert.into(db, CHANGE_LOG, pendingChanges);
            pendingChanges.clear();
            pendingCreates.clear();
        }
        frontier.writeDeferred();
    }

    /** Writes the batched changes, and the device's sequence and clock. */
    public void flush() {
        writePendingChanges();
        if (device != null && (storedNextSeq != nextSeq || clockMoved)) {
            execute(STORE_DEVICE, update -> {
                update.setLong(1, nextSeq);
                update.setLong(2, last.wallMillis());
                update.setInt(3, last.counter());
                update.executeUpdate();
            });
            storedNextSeq = nextSeq;
            clockMoved = false;
        }
    }

    private void loadDevice() {
        if (device != null) {
            return;
        }
        // FOR UPDATE: two writers of this device must not hand out the same sequence number
        execute(LOAD_DEVICE, select -> {
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("this database has no device row");
                }
                device = row.getObject(1, UUID.class);
                nextSeq = row.getLong(2);
                last = new Hlc(row.getLong(3), row.getInt(4), device);
            }
        });
        storedNextSeq = nextSeq;
    }

    private interface StatementWork {
        void run(PreparedStatement statement) throws SQLException;
    }

    /** Fixed statements by plain JDBC: they run in every write transaction, so their rendering would add up. */
    private void execute(String sql, StatementWork work) {
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                work.run(statement);
            } catch (SQLException e) {
                throw new DataAccessException("could not read or write this device's sequence", e);
            }
        });
    }

    /** The outbox row of a change. */
    public static ChangeLogRecord toRecord(ChangeRecord change) {
        ChangeLogRecord row = new ChangeLogRecord();
        row.setChangeId(change.changeId());
        row.setFormat(change.format());
        row.setSchemaVersion(change.schemaVersion());
        row.setDeviceId(change.deviceId());
        row.setDeviceSeq(change.deviceSeq());
        row.setHlcWall(change.hlc().wallMillis());
        row.setHlcCounter(change.hlc().counter());
        row.setEntity(change.entity());
        row.setRowId(change.rowId());
        row.setOp(change.op().name());
        row.setField(change.field());
        row.setFieldValue(change.valueJson());
        row.setBases(change.bases().stream().map(Version::toString).sorted().collect(Collectors.joining(",")));
        return row;
    }

    /** Reads a change back from its outbox row. */
    public static ChangeRecord fromRecord(ChangeLogRecord row) {
        Set<Version> bases = row.getBases().isEmpty() ? Set.of()
                : java.util.Arrays.stream(row.getBases().split(",")).map(Version::parse)
                        .collect(Collectors.toUnmodifiableSet());
        return new ChangeRecord(row.getChangeId(), row.getFormat(), row.getSchemaVersion(), row.getDeviceId(),
                row.getDeviceSeq(), new Hlc(row.getHlcWall(), row.getHlcCounter(), row.getDeviceId()),
                row.getEntity(), row.getRowId(), ChangeOp.valueOf(row.getOp()), row.getField(),
                row.getFieldValue(), bases);
    }
}
