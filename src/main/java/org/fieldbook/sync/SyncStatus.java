package org.fieldbook.sync;

import java.time.Instant;

/**
 * What the status bar says about sync: its state, when it last synced, how many of this device's changes the
 * team has not got yet, how many received changes wait, and how many conflicts are open.
 */
public record SyncStatus(State state, Instant lastSyncedAt, long pending, int waiting, int conflicts,
                         String problem) {
    public enum State { NOT_SET_UP, OFFLINE, SYNCING, SYNCED, NEEDS_PASSPHRASE, FAILED }

    public static SyncStatus notSetUp(long pending) {
        return new SyncStatus(State.NOT_SET_UP, null, pending, 0, 0, null);
    }

    public SyncStatus with(State newState, String newProblem) {
        return new SyncStatus(newState, lastSyncedAt, pending, waiting, conflicts, newProblem);
    }
}
