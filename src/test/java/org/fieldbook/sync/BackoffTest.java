package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static List<Long> seconds(Backoff backoff, int tries) {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            waits.add(backoff.next().toMillis());
        }
        return waits;
    }

    @Test
    void waitsDoubleUpToTheCapAndStartAgainAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5), 0.2, () -> 0.5);
        assertEquals(List.of(5_000L, 10_000L, 20_000L, 40_000L, 80_000L, 160_000L, 300_000L, 300_000L),
                seconds(backoff, 8));
        backoff.reset();
        assertEquals(List.of(5_000L, 10_000L), seconds(backoff, 2));
    }

    @Test
    void jitterSpreadsEachWaitWithinItsShare() {
        Backoff early = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5), 0.2, () -> 0.0);
        assertEquals(List.of(4_000L, 8_000L, 16_000L), seconds(early, 3));
        Backoff late = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5), 0.2, () -> 0.999_999);
        List<Long> waits = seconds(late, 9);
        assertEquals(6_000L, waits.get(0), 1.0);
        assertEquals(360_000L, waits.get(8), 1.0);
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ZERO, Duration.ofMinutes(5), 0.2, Math::random));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), 0.2, Math::random));
    }
}
