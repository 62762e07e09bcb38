package org.fieldbook.sync;

import java.time.Instant;

/**
 * What the status bar says about sync: its state, when it last synced, how many of this device's changes the
 * team has not got yet, how many received changes wait, how many conflicts are open, and how many changes the
 * last exchange brought in (so open screens know to refresh).
 */
public record SyncStatus(State state, Instant lastSyncedAt, long pending, int waiting, int conflicts,
                         int pulled, String problem) {
    public enum State { NOT_SET_UP, OFFLINE, SYNCING, SYNCED, NEEDS_PASSPHRASE, FAILED }

    public static SyncStatus notSetUp(long pending) {
        return new SyncStatus(State.NOT_SET_UP, null, pending, 0, 0, 0, null);
    }

    public SyncStatus with(State newState, String newProblem) {
        return new SyncStatus(newState, lastSyncedAt, pending, waiting, conflicts, 0, newProblem);
    }
}
