package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.INBOX;
import static org.fieldbook.store.jooq.Tables.PEER;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldbook.store.jooq.tables.records.InboxRecord;
import org.fieldbook.store.jooq.tables.records.PeerRecord;
import org.jooq.DSLContext;

/** The bookkeeping of sync: each peer's applied sequence (the cursor) and the inbox of waiting changes. */
public final class SyncBookkeeping {
    private final DSLContext db;

    SyncBookkeeping(DSLContext db) {
        this.db = db;
    }

    /** A peer as this device knows it. {@code appliedSeq} is the last of its changes applied here, in order. */
    public record Peer(UUID deviceId, String name, long appliedSeq, long maxHlcWall, Instant lastSeenAt,
                       long snapshotSeq) {
    }

    /** A change that arrived but waits: a gap before it, a base not yet seen, or a format this version lacks. */
    public record Waiting(UUID changeId, UUID deviceId, long deviceSeq, int format, String payload) {
    }

    public Map<UUID, Peer> peers() {
        return db.selectFrom(PEER).fetch().stream().collect(Collectors.toMap(PeerRecord::getDeviceId,
                r -> new Peer(r.getDeviceId(), r.getDeviceName(), r.getAppliedSeq(), r.getMaxHlcWall(),
                        EntityMapping.fromDb(r.getLastSeenAt()), r.getSnapshotSeq())));
    }

    /** Saves a peer's cursor; called in the transaction that applied its changes. */
    public void savePeer(Peer peer) {
        db.insertInto(PEER)
                .set(PEER.DEVICE_ID, peer.deviceId())
                .set(PEER.DEVICE_NAME, peer.name())
                .set(PEER.APPLIED_SEQ, peer.appliedSeq())
                .set(PEER.MAX_HLC_WALL, peer.maxHlcWall())
                .set(PEER.LAST_SEEN_AT, EntityMapping.toDb(peer.lastSeenAt()))
                .set(PEER.SNAPSHOT_SEQ, peer.snapshotSeq())
                .onDuplicateKeyUpdate()
                .set(PEER.DEVICE_NAME, peer.name())
                .set(PEER.APPLIED_SEQ, peer.appliedSeq())
                .set(PEER.MAX_HLC_WALL, peer.maxHlcWall())
                .set(PEER.LAST_SEEN_AT, EntityMapping.toDb(peer.lastSeenAt()))
                .set(PEER.SNAPSHOT_SEQ, peer.snapshotSeq())
                .execute();
    }

    public List<Waiting> inbox() {
        return db.selectFrom(INBOX).orderBy(INBOX.DEVICE_ID, INBOX.DEVICE_SEQ)
                .fetch(r -> new Waiting(r.getChangeId(), r.getDeviceId(), r.getDeviceSeq(), r.getFormat(),
                        r.getPayload()));
    }

    public int inboxSize() {
        return db.fetchCount(INBOX);
    }

    /** Replaces the inbox with the changes still waiting after an exchange. */
    public void replaceInbox(Collection<Waiting> waiting, Instant now) {
        db.deleteFrom(INBOX).execute();
        if (!waiting.isEmpty()) {
            db.batchInsert(waiting.stream().map(w -> new InboxRecord(w.changeId(), w.deviceId(), w.deviceSeq(),
                    w.format(), w.payload(), EntityMapping.toDb(now))).toList()).execute();
        }
    }
}
