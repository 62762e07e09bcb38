package org.fieldbook.service.demo;

import java.util.List;
import java.util.Random;

/**
 * The seeded choices of a demo load. {@link Random}'s sequence is fixed by its specification and the maths
 * here is {@link StrictMath}, so a seed gives the same data on every JVM and machine.
 */
final class DemoRandom {
    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double uniform(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** A log-normal draw: most values near {@code median}, a long tail above it. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * random.nextGaussian());
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** One of {@code items}, chosen with the matching {@code weights}. */
    <T> T weighted(List<T> items, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            point -= weights[i];
            if (point < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    long nextLong() {
        return random.nextLong();
    }
}
