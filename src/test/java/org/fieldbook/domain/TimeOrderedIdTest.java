package org.fieldbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimeOrderedIdTest {
    @Property(tries = 200)
    void carriesItsMillisecondAndIsAVersion7Id(@ForAll @LongRange(min = 1_600_000_000_000L,
            max = 4_000_000_000_000L) long millis) {
        UUID id = TimeOrderedId.next(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertTrue(TimeOrderedId.epochMillis(id) >= millis);
    }

    @Test
    void idsMadeInTheSameMillisecondStillIncreaseAndNeverRepeat() {
        var seen = new HashSet<UUID>();
        UUID previous = TimeOrderedId.next(2_000_000_000_000L);
        for (int i = 0; i < 20_000; i++) {
            UUID next = TimeOrderedId.next(2_000_000_000_000L);
            assertTrue(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()) > 0);
            assertTrue(seen.add(next));
            previous = next;
        }
    }
}
