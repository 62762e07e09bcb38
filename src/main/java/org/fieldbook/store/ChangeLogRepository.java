package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;
import static org.fieldbook.store.jooq.Tables.LOCAL_DEVICE;

import java.util.List;
import java.util.UUID;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.change.ChangeRecord;
import org.jooq.DSLContext;

/** Reads the change log: the outbox of this device's changes (and, with sync, those received). */
public final class ChangeLogRepository {
    private final DSLContext db;

    ChangeLogRepository(DSLContext db) {
        this.db = db;
    }

    public UUID deviceId() {
        return db.select(LOCAL_DEVICE.DEVICE_ID).from(LOCAL_DEVICE).fetchSingle(LOCAL_DEVICE.DEVICE_ID);
    }

    /**
     * This device's changes with a sequence number above {@code afterSeq}, at most {@code limit}, in sequence
     * order. Asked as a range of sequence numbers (they have no gaps), not with {@code LIMIT}: H2 answered
     * {@code ORDER BY device_seq LIMIT n} by sorting every later change, so publishing a large history took
     * time quadratic in its length.
     */
    public List<ChangeRecord> outboxAfter(long afterSeq, int limit) {
        return db.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.DEVICE_ID.eq(deviceId()), CHANGE_LOG.DEVICE_SEQ.between(afterSeq + 1,
                        afterSeq + limit))
                .orderBy(CHANGE_LOG.DEVICE_SEQ.asc())
                .fetch(ChangeCapture::fromRecord);
    }

    /** Every change recorded for one row, in the order they were made. */
    public List<ChangeRecord> ofRow(String entity, UUID rowId) {
        return db.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY.eq(entity), CHANGE_LOG.ROW_ID.eq(rowId))
                .orderBy(CHANGE_LOG.HLC_WALL.asc(), CHANGE_LOG.HLC_COUNTER.asc())
                .fetch(ChangeCapture::fromRecord);
    }

    /** Every change this replica holds, made here or applied from peers, in clock order. */
    public List<ChangeRecord> all() {
        return db.selectFrom(CHANGE_LOG)
                .orderBy(CHANGE_LOG.HLC_WALL.asc(), CHANGE_LOG.HLC_COUNTER.asc(), CHANGE_LOG.DEVICE_ID.asc())
                .fetch(ChangeCapture::fromRecord);
    }

    /** The ids of the changes whose values fields currently hold. */
    public List<UUID> frontierChangeIds() {
        return db.selectDistinct(org.fieldbook.store.jooq.Tables.FIELD_VERSION.CHANGE_ID)
                .from(org.fieldbook.store.jooq.Tables.FIELD_VERSION)
                .fetch(org.fieldbook.store.jooq.Tables.FIELD_VERSION.CHANGE_ID);
    }

    /**
     * The sequence number of this device's newest change, or 0. Read from the device's counter: H2 answers
     * {@code ORDER BY device_seq DESC LIMIT 1} by reading every change of the device.
     */
    public long lastOwnSeq() {
        return db.select(LOCAL_DEVICE.NEXT_SEQ).from(LOCAL_DEVICE).fetchSingle(LOCAL_DEVICE.NEXT_SEQ) - 1;
    }

    /** This device's clock reading: at or past every change it made or applied. */
    public long clockWallMillis() {
        return db.select(LOCAL_DEVICE.HLC_WALL).from(LOCAL_DEVICE).fetchSingle(LOCAL_DEVICE.HLC_WALL);
    }

    public long count() {
        return db.fetchCount(CHANGE_LOG);
    }
}
