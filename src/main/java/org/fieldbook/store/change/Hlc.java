package org.fieldbook.store.change;

import java.util.Comparator;
import java.util.UUID;

/**
 * A hybrid logical clock reading: wall milliseconds, a counter for events within the same millisecond
 * (or while the wall clock stands behind the last reading), and the device as the tie-breaker.
 * It orders changes for display and picks the shown value; causality comes from bases, not from it.
 */
public record Hlc(long wallMillis, int counter, UUID deviceId) implements Comparable<Hlc> {
    private static final Comparator<Hlc> ORDER = Comparator.comparingLong(Hlc::wallMillis)
            .thenComparingInt(Hlc::counter)
            .thenComparing(Hlc::deviceId);

    /** The next reading on this device after {@code this}, given the wall clock now. */
    public Hlc tick(long nowMillis) {
        if (nowMillis > wallMillis) {
            return new Hlc(nowMillis, 0, deviceId);
        }
        return new Hlc(wallMillis, counter + 1, deviceId);
    }

    /** The next reading after also having seen {@code remote} (used when applying a peer's changes). */
    public Hlc receive(Hlc remote, long nowMillis) {
        long wall = Math.max(nowMillis, Math.max(wallMillis, remote.wallMillis));
        int next;
        if (wall == wallMillis && wall == remote.wallMillis) {
            next = Math.max(counter, remote.counter) + 1;
        } else if (wall == wallMillis) {
            next = counter + 1;
        } else if (wall == remote.wallMillis) {
            next = remote.counter + 1;
        } else {
            next = 0;
        }
        return new Hlc(wall, next, deviceId);
    }

    @Override
    public int compareTo(Hlc other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return String.format("%013d-%05d-%s", wallMillis, counter, deviceId);
    }
}
