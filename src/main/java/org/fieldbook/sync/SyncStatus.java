package org.fieldbook.sync;

import java.time.Instant;

/**
 * What the status bar says about sync: its state, when it last synced, how many of this device's changes the
 * team has not got yet, how many received changes wait, how many conflicts are open, how many changes the last
 * exchange brought in (so open screens know to refresh), what went wrong (a sentence for the log and, when the
 * transport knows it, its kind for the screen to say in the user's language) and, while offline, when the next
 * try is due.
 */
public record SyncStatus(State state, Instant lastSyncedAt, long pending, int waiting, int conflicts,
                         int pulled, String problem, String problemKind, Instant retryAt) {
    /** NEEDS_PASSWORD: the sync server's password is not known this session (no keychain, or it was refused). */
    public enum State { NOT_SET_UP, OFFLINE, SYNCING, SYNCED, NEEDS_PASSPHRASE, NEEDS_PASSWORD, FAILED }

    /** A status with no retry due. */
    public SyncStatus(State state, Instant lastSyncedAt, long pending, int waiting, int conflicts, int pulled,
                      String problem) {
        this(state, lastSyncedAt, pending, waiting, conflicts, pulled, problem, null, null);
    }

    public static SyncStatus notSetUp(long pending) {
        return new SyncStatus(State.NOT_SET_UP, null, pending, 0, 0, 0, null);
    }

    public SyncStatus with(State newState, String newProblem) {
        return new SyncStatus(newState, lastSyncedAt, pending, waiting, conflicts, 0, newProblem);
    }

    /** In {@code newState} for a reason of a known kind (a transport's name for it, e.g. "WRONG_LOGIN"). */
    public SyncStatus with(State newState, String newProblem, String kind) {
        return new SyncStatus(newState, lastSyncedAt, pending, waiting, conflicts, 0, newProblem, kind, null);
    }

    /** Offline, trying again at {@code when}. */
    public SyncStatus offline(String newProblem, String kind, long nowPending, Instant when) {
        return new SyncStatus(State.OFFLINE, lastSyncedAt, nowPending, waiting, conflicts, 0, newProblem, kind,
                when);
    }
}
