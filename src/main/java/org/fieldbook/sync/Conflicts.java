package org.fieldbook.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.Version;
import org.fieldbook.store.ConflictQueries;
import org.fieldbook.store.ConflictQueries.Candidate;
import org.fieldbook.store.SyncBookkeeping.Peer;
import org.fieldbook.store.Tx;
import org.fieldbook.store.change.ChangeOp;

/** Turns the store's conflicting frontier entries into conflicts a person can read. */
final class Conflicts {
    private Conflicts() {
    }

    static List<Conflict> list(Tx tx, UUID me) {
        ConflictQueries queries = tx.conflicts();
        Map<UUID, Peer> peers = tx.sync().peers();
        List<Conflict> conflicts = new ArrayList<>();
        for (ConflictQueries.FieldConflict found : queries.fieldConflicts()) {
            Candidate newest = newest(found.candidates());
            conflicts.add(new Conflict(Conflict.Kind.CONCURRENT_VALUES, found.entity(), found.rowId(),
                    queries.label(found.entity(), found.rowId()), found.field(),
                    found.candidates().stream().map(c -> value(c, found.field(), c == newest, peers, me)).toList()));
        }
        for (ConflictQueries.DeletedWhileEdited found : queries.deletedWhileEdited()) {
            List<Conflict.Value> values = new ArrayList<>();
            found.deletes().forEach(d -> values.add(value(d, null, true, peers, me)));
            found.unseenEdits().forEach(e -> values.add(value(e, e.field(), false, peers, me)));
            conflicts.add(new Conflict(Conflict.Kind.DELETED_WHILE_EDITED, found.entity(), found.rowId(),
                    queries.label(found.entity(), found.rowId()), null, values));
        }
        conflicts.sort(Comparator.comparing(c -> c.values().get(0).at()));
        return conflicts;
    }

    static Set<Version> versions(Conflict conflict) {
        Set<Version> versions = new HashSet<>();
        conflict.values().forEach(v -> versions.add(v.version()));
        return versions;
    }

    static Set<Version> deletes(Conflict conflict) {
        Set<Version> deletes = new HashSet<>();
        conflict.values().stream().filter(Conflict.Value::delete).forEach(v -> deletes.add(v.version()));
        return deletes;
    }

    private static Candidate newest(List<Candidate> candidates) {
        return candidates.stream().max(Comparator.comparing(Candidate::hlc)).orElseThrow();
    }

    private static Conflict.Value value(Candidate candidate, String field, boolean shown, Map<UUID, Peer> peers,
                                        UUID me) {
        Peer peer = peers.get(candidate.deviceId());
        String device = candidate.deviceId().equals(me) ? "this computer"
                : peer != null && peer.name() != null ? peer.name() : candidate.deviceId().toString();
        return new Conflict.Value(candidate.version(), field, candidate.op() == ChangeOp.DELETE ? null
                : candidate.valueJson(), candidate.op() == ChangeOp.DELETE, device,
                Instant.ofEpochMilli(candidate.hlc().wallMillis()), shown);
    }
}
