package org.fieldbook.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.fieldbook.domain.Version;
import org.fieldbook.store.FileCompaction;
import org.fieldbook.store.Replica;
import org.fieldbook.store.Store;
import org.fieldbook.store.SyncBookkeeping;
import org.fieldbook.store.SyncBookkeeping.Peer;
import org.fieldbook.store.SyncBookkeeping.Waiting;
import org.fieldbook.store.Tx;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;

/**
 * The transport-independent sync engine. Transports hand it encoded change records in any order, any number
 * of times; it applies each change once, in causal order — a device's changes in sequence order, and a change
 * only after the changes named in its bases — and keeps the rest waiting. Everything one call does commits in
 * one transaction, cursors included, so an exchange cut off at any point resumes without loss or repetition.
 */
public final class SyncEngine {
    public static final Duration SKEW_WARNING = Duration.ofMinutes(5);
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    /** An exchange that applies this many changes writes in bulk: a teammate's whole history, say. */
    public static final int BULK_CHANGES = 10_000;

    private final Store store;
    private final Clock clock;
    private final boolean causalOrder;

    public SyncEngine(Store store) {
        this(store, true);
    }

    /**
     * {@code causalOrder = false} applies changes as they come; it exists only so that tests can show the
     * convergence property fails without causal order (a negative control).
     */
    SyncEngine(Store store, boolean causalOrder) {
        this.store = store;
        this.clock = store.clock();
        this.causalOrder = causalOrder;
    }

    public UUID deviceId() {
        return store.read(tx -> tx.changeLog().deviceId());
    }

    /**
     * After an exchange that joined or applied at least {@link #BULK_CHANGES} changes, a bulk load like an import:
     * compacts the database file if that left it mostly dead space (decision 0019). Empty for any other exchange.
     */
    public java.util.Optional<FileCompaction> compactAfterBulk(long changesApplied, boolean joined) {
        return joined || changesApplied >= BULK_CHANGES ? java.util.Optional.of(store.compactIfSparse())
                : java.util.Optional.empty();
    }

    /** For each peer device, the last of its changes applied here (in its sequence order). */
    public Map<UUID, Long> appliedSeqs() {
        Map<UUID, Long> applied = new HashMap<>();
        store.read(tx -> tx.sync().peers()).forEach((device, peer) -> applied.put(device, peer.appliedSeq()));
        return applied;
    }

    /**
     * A device whose changes this replica applies: its name (from its device file, once read), its last change
     * applied here, and when that was applied.
     */
    public record PeerDevice(UUID deviceId, String name, long appliedSeq, Instant lastAppliedAt) {
    }

    /** Every other device this replica has applied changes from, by name, then id. */
    public List<PeerDevice> peers() {
        return store.read(tx -> tx.sync().peers().values().stream()
                .map(p -> new PeerDevice(p.deviceId(), p.name(), p.appliedSeq(), p.lastSeenAt()))
                .sorted(Comparator.comparing((PeerDevice p) -> p.name() == null ? "" : p.name())
                        .thenComparing(PeerDevice::deviceId))
                .toList());
    }

    /** Every open conflict, oldest record first. */
    public List<Conflict> conflicts() {
        return store.read(tx -> Conflicts.list(tx, tx.changeLog().deviceId()));
    }

    /** Keeps one of a field's concurrent values; the choice is a change that syncs and settles it everywhere. */
    public void keep(Conflict conflict, Conflict.Value chosen) {
        if (conflict.kind() != Conflict.Kind.CONCURRENT_VALUES || !conflict.values().contains(chosen)) {
            throw new IllegalArgumentException("not a value of this conflict");
        }
        store.writeVoid(tx -> tx.replica().resolveField(conflict.entity(), conflict.rowId(), conflict.field(),
                chosen.valueJson(), Conflicts.versions(conflict)));
    }

    /** Settles a delete that did not see an edit: keep the record deleted, or restore it with the edit. */
    public void settleDeleted(Conflict conflict, boolean keepDeleted) {
        if (conflict.kind() != Conflict.Kind.DELETED_WHILE_EDITED) {
            throw new IllegalArgumentException("not a delete conflict");
        }
        store.writeVoid(tx -> {
            var seen = keepDeleted
                    ? tx.replica().versions(conflict.entity(), conflict.rowId()).all()
                    : Conflicts.deletes(conflict);
            tx.replica().resolveDeleted(conflict.entity(), conflict.rowId(), keepDeleted, seen);
        });
    }

    /** Remembers how a peer calls itself (from its device file), for conflict review. */
    public void nameDevice(UUID device, String name) {
        store.writeVoid(tx -> {
            Peer peer = tx.sync().peers().get(device);
            if (peer != null && !name.equals(peer.name())) {
                tx.sync().savePeer(new Peer(device, name, peer.appliedSeq(), peer.maxHlcWall(), peer.lastSeenAt(),
                        peer.snapshotSeq()));
            }
        });
    }

    /** Fields with concurrent values plus rows deleted while edited, as this replica holds them now. */
    public int conflictCount() {
        return store.read(tx -> tx.conflicts().fieldConflicts().size() + tx.conflicts().deletedWhileEdited().size());
    }

    /** Changes received but not applicable yet. */
    public int waitingCount() {
        return store.read(tx -> tx.sync().inboxSize());
    }

    /** This device's own changes after {@code afterSeq}, encoded, in sequence order. */
    public List<String> outbox(long afterSeq, int limit) {
        return store.read(tx -> tx.changeLog().outboxAfter(afterSeq, limit)).stream()
                .map(ChangeCodec::encode).toList();
    }

    /** How many changes this replica holds: every peer's cursor plus this device's own last sequence. */
    public long coverage() {
        return store.read(tx -> {
            long peers = tx.sync().peers().values().stream().mapToLong(Peer::appliedSeq).sum();
            return peers + tx.changeLog().lastOwnSeq();
        });
    }

    /** The sequence number of this device's newest change, or 0. */
    public long lastOwnSeq() {
        return store.read(tx -> tx.changeLog().lastOwnSeq());
    }

    /** True for a replica that has neither made nor received a change: it may join from a snapshot. */
    public boolean isFresh() {
        return store.read(tx -> tx.changeLog().count() == 0 && tx.sync().peers().isEmpty());
    }

    /**
     * Writes this replica's whole state as JSON lines to the stream {@code sink} opens for its cut, and closes
     * it; returns the cut. One read.
     */
    public SnapshotCut snapshot(SnapshotSink sink) {
        return snapshot(sink, false);
    }

    /** As {@link #snapshot(SnapshotSink)}, as a plain H2 database file (decision 0016). */
    public SnapshotCut snapshotDatabase(SnapshotSink sink) {
        return snapshot(sink, true);
    }

    private SnapshotCut snapshot(SnapshotSink sink, boolean database) {
        return store.read(tx -> {
            Map<UUID, Long> cursors = new HashMap<>();
            long maxWall = 0;
            for (Peer peer : tx.sync().peers().values()) {
                cursors.put(peer.deviceId(), peer.appliedSeq());
                maxWall = Math.max(maxWall, peer.maxHlcWall());
            }
            UUID me = tx.changeLog().deviceId();
            long lastOwn = tx.changeLog().lastOwnSeq();
            cursors.put(me, lastOwn);
            if (lastOwn > 0) {
                maxWall = Math.max(maxWall, tx.changeLog().clockWallMillis());
            }
            SnapshotCut cut = new SnapshotCut(cursors, maxWall);
            try {
                // closed only once the whole state is written: closing ends the file, and a file ended after a
                // failure would look whole
                java.io.OutputStream body = sink.open(cut);
                if (database) {
                    tx.state().exportDatabase(body);
                } else {
                    tx.state().export(body);
                }
                body.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return cut;
        });
    }

    /** Whether this replica can join from a snapshot's database file rather than replay its rows. */
    public boolean joinsFromDatabases() {
        return store.restoresDatabases();
    }

    /**
     * Makes a fresh replica a copy of a snapshot's plain H2 file with the cursors of its cut: the file becomes
     * the database (decision 0016), so nothing is replayed. Fails, changing nothing, if the replica is not fresh.
     */
    public void joinFromDatabase(SnapshotCut cut, java.io.InputStream plainFile) {
        if (!isFresh()) {
            throw new IllegalStateException("only a replica with no changes can join from a snapshot");
        }
        store.restoreDatabase(plainFile, tx -> recordCut(tx, cut));
    }

    private void recordCut(Tx tx, SnapshotCut cut) {
        UUID me = tx.changeLog().deviceId();
        cut.cursors().forEach((device, seq) -> {
            if (!device.equals(me)) {
                tx.sync().savePeer(new Peer(device, null, seq, cut.maxHlcWall(), clock.instant(), seq));
            }
        });
        tx.replica().observe(cut.maxHlcWall());
    }

    /**
     * Makes a fresh replica a copy of a snapshot's state, with the cursors of its cut, in one transaction.
     * Returns the rows loaded.
     */
    public long join(SnapshotCut cut, java.io.InputStream body) {
        return join(cut, body, tx -> { });
    }

    /**
     * As {@link #join(SnapshotCut, java.io.InputStream)}, with {@code alsoInSameTransaction} (a transport's own
     * bookkeeping, such as a server cursor) committed together with the state or not at all.
     */
    public long join(SnapshotCut cut, java.io.InputStream body, java.util.function.Consumer<Tx> alsoInSameTransaction) {
        return store.write(tx -> {
            if (tx.changeLog().count() > 0 || !tx.sync().peers().isEmpty()) {
                throw new IllegalStateException("only a replica with no changes can join from a snapshot");
            }
            long rows;
            try {
                rows = tx.state().load(body);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            recordCut(tx, cut);
            alsoInSameTransaction.accept(tx);
            return rows;
        });
    }

    /** Receives encoded changes of other devices and applies all that are ready, in one transaction. */
    public ReceiveReport receive(Collection<String> encoded) {
        return receive(encoded, tx -> { });
    }

    /**
     * As {@link #receive(Collection)}, with {@code alsoInSameTransaction} (a transport's cursor) committed with the
     * changes, so a cut-off exchange never moves a cursor past changes it did not keep.
     */
    public ReceiveReport receive(Collection<String> encoded, java.util.function.Consumer<Tx> alsoInSameTransaction) {
        return store.write(tx -> {
            ReceiveReport report = new Exchange(tx).run(encoded);
            alsoInSameTransaction.accept(tx);
            return report;
        });
    }

    /** The state of one receive: the waiting changes per device, in sequence order. */
    private final class Exchange {
        private final Tx tx;
        private final Replica replica;
        private final SyncBookkeeping bookkeeping;
        private final UUID me;
        private final Map<UUID, Peer> peers;
        private final Map<UUID, TreeMap<Long, ChangeCodec.Decoded>> waiting = new HashMap<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<UUID, Long> maxAhead = new HashMap<>();
        private final Set<UUID> moved = new HashSet<>();
        private final Set<UUID> changedLines = new HashSet<>();
        private final Set<UUID> changedDeals = new HashSet<>();
        private int duplicates;
        private boolean hadWaiting;

        Exchange(Tx tx) {
            this.tx = tx;
            this.replica = tx.replica();
            this.bookkeeping = tx.sync();
            this.me = tx.changeLog().deviceId();
            this.peers = new HashMap<>(bookkeeping.peers());
        }

        ReceiveReport run(Collection<String> encoded) {
            List<Waiting> kept = bookkeeping.inbox();
            hadWaiting = !kept.isEmpty();
            for (Waiting change : kept) {
                admit(ChangeCodec.decode(change.payload()));
            }
            for (String payload : encoded) {
                try {
                    admit(ChangeCodec.decode(payload));
                } catch (IllegalArgumentException e) {
                    problems.add("unreadable change record: " + e.getMessage());
                }
            }
            int applied = applyReady();
            replica.amountsFollowLines(changedLines, changedDeals);
            List<Waiting> stillWaiting = new ArrayList<>();
            int needNewer = 0;
            for (TreeMap<Long, ChangeCodec.Decoded> queue : waiting.values()) {
                for (ChangeCodec.Decoded change : queue.values()) {
                    ChangeCodec.Header h = change.header();
                    stillWaiting.add(new Waiting(h.changeId(), h.deviceId(), h.deviceSeq(), h.format(),
                            change.payload()));
                    if (change.change().map(c -> !Replica.understands(c)).orElse(true)) {
                        needNewer++;
                    }
                }
            }
            if (!stillWaiting.isEmpty() || hadWaiting) {
                bookkeeping.replaceInbox(stillWaiting, clock.instant());
            }
            moved.forEach(device -> bookkeeping.savePeer(peers.get(device)));
            List<ReceiveReport.ClockWarning> warnings = maxAhead.entrySet().stream()
                    .filter(e -> e.getValue() > SKEW_WARNING.toMillis())
                    .map(e -> new ReceiveReport.ClockWarning(e.getKey(), e.getValue(), e.getValue() > DAY_MILLIS))
                    .toList();
            return new ReceiveReport(applied, duplicates, stillWaiting.size(), needNewer, warnings, problems);
        }

        /** Queues a change unless it is this device's own or was applied before. */
        private void admit(ChangeCodec.Decoded change) {
            ChangeCodec.Header h = change.header();
            if (h.deviceId().equals(me)) {
                return;
            }
            if (h.deviceSeq() <= appliedSeq(h.deviceId())) {
                duplicates++;
                if (h.deviceSeq() > peers.get(h.deviceId()).snapshotSeq()
                        && replica.applied(Set.of(h.changeId())).isEmpty()) {
                    problems.add(clonedDevice(h));
                }
                return;
            }
            TreeMap<Long, ChangeCodec.Decoded> queue = waiting.computeIfAbsent(h.deviceId(), d -> new TreeMap<>());
            ChangeCodec.Decoded earlier = queue.putIfAbsent(h.deviceSeq(), change);
            if (earlier != null) {
                duplicates++;
                if (!earlier.header().changeId().equals(h.changeId())) {
                    problems.add(clonedDevice(h));
                }
            }
        }

        private String clonedDevice(ChangeCodec.Header h) {
            return "two different changes claim device " + h.deviceId() + " sequence " + h.deviceSeq()
                    + ": was a Fieldbook data folder copied to another computer? The second one is ignored";
        }

        private long appliedSeq(UUID device) {
            Peer peer = peers.get(device);
            return peer == null ? 0 : peer.appliedSeq();
        }

        /** Applies ready changes until a whole pass over the devices applies none. */
        private int applyReady() {
            int applied = 0;
            boolean progress = true;
            while (progress) {
                progress = false;
                for (var entry : waiting.entrySet()) {
                    UUID device = entry.getKey();
                    TreeMap<Long, ChangeCodec.Decoded> queue = entry.getValue();
                    while (!queue.isEmpty()) {
                        var next = causalOrder ? queue.get(appliedSeq(device) + 1) : queue.firstEntry().getValue();
                        if (next == null || next.change().isEmpty() || !Replica.understands(next.change().get())
                                || !basesApplied(next.change().get())
                                || causalOrder && !replica.referencesPresent(next.change().get())) {
                            break;
                        }
                        ChangeRecord change = next.change().get();
                        replica.apply(change);
                        noteAmountInputs(change);
                        applied++;
                        queue.remove(change.deviceSeq());
                        advance(device, change);
                        progress = true;
                    }
                }
            }
            waiting.values().removeIf(TreeMap::isEmpty);
            return applied;
        }

        /** The lines, and the deals' amounts and currencies, whose change a deal's amount follows. */
        private void noteAmountInputs(ChangeRecord change) {
            if (change.entity().equals("opportunity_line")) {
                changedLines.add(change.rowId());
            } else if (change.entity().equals("opportunity") && change.op() == ChangeOp.SET
                    && ("amount".equals(change.field()) || "currency".equals(change.field()))) {
                changedDeals.add(change.rowId());
            }
        }

        /**
         * A change's bases are here when each one's device cursor has reached it: per-device order means
         * everything up to a cursor is applied, so no lookup is needed.
         */
        private boolean basesApplied(ChangeRecord change) {
            if (!causalOrder) {
                return true;
            }
            for (Version base : change.bases()) {
                if (!base.deviceId().equals(me) && appliedSeq(base.deviceId()) < base.deviceSeq()) {
                    return false;
                }
            }
            return true;
        }

        private void advance(UUID device, ChangeRecord change) {
            Peer before = peers.get(device);
            long seq = Math.max(change.deviceSeq(), before == null ? 0 : before.appliedSeq());
            long maxWall = Math.max(change.hlc().wallMillis(), before == null ? 0 : before.maxHlcWall());
            peers.put(device, new Peer(device, before == null ? null : before.name(), seq, maxWall,
                    clock.instant(), before == null ? 0 : before.snapshotSeq()));
            moved.add(device);
            long ahead = change.hlc().wallMillis() - clock.millis();
            maxAhead.merge(device, ahead, Math::max);
        }
    }
}
