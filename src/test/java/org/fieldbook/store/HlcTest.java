package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.fieldbook.store.change.Hlc;
import org.junit.jupiter.api.Test;

class HlcTest {
    private static final UUID DEVICE = UUID.fromString("01900000-0000-7000-8000-00000000000a");
    private static final UUID PEER = UUID.fromString("01900000-0000-7000-8000-00000000000b");

    @Property(tries = 300)
    void tickAlwaysMovesForwardWhateverTheWallClockSays(@ForAll @LongRange(min = 0, max = 1_000_000) long last,
                                                        @ForAll @LongRange(min = 0, max = 1_000_000) long now) {
        Hlc before = new Hlc(last, 3, DEVICE);
        Hlc after = before.tick(now);
        assertTrue(after.compareTo(before) > 0);
        assertEquals(Math.max(last, now), after.wallMillis());
    }

    @Property(tries = 300)
    void receivingAPeerReadingOrdersAfterBoth(@ForAll @LongRange(min = 0, max = 1_000) long mine,
                                              @ForAll @LongRange(min = 0, max = 1_000) long theirs,
                                              @ForAll @LongRange(min = 0, max = 1_000) long now) {
        Hlc local = new Hlc(mine, 1, DEVICE);
        Hlc remote = new Hlc(theirs, 5, PEER);
        Hlc merged = local.receive(remote, now);
        assertTrue(merged.compareTo(local) > 0);
        assertTrue(merged.wallMillis() > remote.wallMillis()
                || merged.wallMillis() == remote.wallMillis() && merged.counter() > remote.counter());
    }

    @Test
    void theDeviceBreaksTiesSoNoTwoDevicesReadTheSame() {
        assertTrue(new Hlc(5, 0, DEVICE).compareTo(new Hlc(5, 0, PEER)) < 0);
    }
}
