package org.fieldbook.sync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next try while the team folder or server cannot be reached: doubling from
 * {@code first} up to {@code cap}, each wait spread by up to ±{@code jitter} (a fraction) so that a team's laptops
 * coming back after the same outage do not all knock at once. A success starts again from {@code first}.
 */
public final class Backoff {
    private final Duration first;
    private final Duration cap;
    private final double jitter;
    private final DoubleSupplier random;
    private Duration base;

    /** {@code random} gives numbers in [0, 1): {@code Math::random} in the app, a fixed value in tests. */
    public Backoff(Duration first, Duration cap, double jitter, DoubleSupplier random) {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("a back-off needs 0 < first <= cap and 0 <= jitter < 1");
        }
        this.first = first;
        this.cap = cap;
        this.jitter = jitter;
        this.random = random;
        this.base = first;
    }

    /** The wait before the next try; the one after it is twice as long, up to the cap. */
    public synchronized Duration next() {
        Duration wait = base;
        base = base.multipliedBy(2).compareTo(cap) > 0 ? cap : base.multipliedBy(2);
        double spread = 1 + jitter * (2 * random.getAsDouble() - 1);
        long millis = Math.round(wait.toMillis() * spread);
        return Duration.ofMillis(Math.min(Math.max(millis, 1), Math.round(cap.toMillis() * (1 + jitter))));
    }

    /** After a success: the next outage starts with a short wait again. */
    public synchronized void reset() {
        base = first;
    }
}
