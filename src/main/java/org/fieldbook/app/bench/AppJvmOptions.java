package org.fieldbook.app.bench;

import java.util.List;

/**
 * The JVM options Fieldbook's window runs with: the installer's launcher passes the same ones, and the bench
 * starts both of its windows with them. Why each (measured in docs/benchmarks.md):
 * <ul>
 *   <li>{@code -Xmx384m}: the heap a team's 100,000 opportunities need with room to spare; without a cap the
 *       JVM grows its heap to a quarter of the machine's memory before collecting old data;</li>
 *   <li>{@code -XX:+UseSerialGC}: one collector thread and no remembered sets; on a heap this size its pauses
 *       are shorter than a frame, and it takes less memory than G1;</li>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick compiler; the optimising one costs start-up time and
 *       tens of megabytes for speed a desktop form never needs;</li>
 *   <li>{@code -Xss512k}: JavaFX and H2 run fine with half the default thread stack.</li>
 * </ul>
 */
public final class AppJvmOptions {
    public static final List<String> OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k");

    private AppJvmOptions() {
    }
}
