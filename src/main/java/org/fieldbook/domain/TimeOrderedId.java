package org.fieldbook.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Makes UUIDv7 keys (RFC 9562): 48 bits of Unix milliseconds, then random bits. Rows are born on many
 * laptops offline, so keys are made on the device and must never collide; time order keeps B-tree
 * inserts local and makes keys sort roughly by creation.
 */
public final class TimeOrderedId {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int sequence;

    private TimeOrderedId() {
    }

    public static UUID next() {
        return next(System.currentTimeMillis());
    }

    /** A v7 id for the given wall time; ids made in the same millisecond still increase. */
    public static synchronized UUID next(long epochMillis) {
        long millis = Math.max(epochMillis, lastMillis);
        if (millis == lastMillis) {
            sequence = (sequence + 1) & 0xFFF;
            if (sequence == 0) {
                millis++; // 4096 ids in one millisecond: borrow the next one rather than lose order
            }
        } else {
            sequence = RANDOM.nextInt(0x800);
        }
        lastMillis = millis;
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** The creation time a v7 id carries, in Unix milliseconds. */
    public static long epochMillis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
