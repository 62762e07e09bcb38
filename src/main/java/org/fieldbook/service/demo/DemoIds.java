package org.fieldbook.service.demo;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * UUIDv7 keys in the layout of {@link org.fieldbook.domain.TimeOrderedId} (48 bits of Unix milliseconds,
 * version 7, variant 2), but with the random bits drawn from a seeded generator, so the same seed gives the
 * same ids. The time part is the row's own creation time, so demo rows sort like real ones.
 */
final class DemoIds {
    private final Random random;

    DemoIds(long seed) {
        this.random = new Random(seed);
    }

    UUID at(Instant created) {
        long millis = created.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | random.nextInt(0x1000);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
