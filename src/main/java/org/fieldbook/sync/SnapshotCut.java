package org.fieldbook.sync;

import java.util.Map;
import java.util.UUID;

/**
 * Where a snapshot was cut: for every device (the writer included), the last of its changes the snapshot holds,
 * and the newest clock reading in it.
 */
public record SnapshotCut(Map<UUID, Long> cursors, long maxHlcWall) {
    public SnapshotCut {
        cursors = Map.copyOf(cursors);
    }

    /** How many changes the snapshot covers; a larger cut is a better place to join from. */
    public long coverage() {
        return cursors.values().stream().mapToLong(Long::longValue).sum();
    }
}
