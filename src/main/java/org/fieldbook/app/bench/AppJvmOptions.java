package org.fieldbook.app.bench;

import java.util.List;

/**
 * The JVM options Fieldbook's window runs with: the installer's launcher passes the same ones, and the bench
 * starts both of its windows with them. Why each (figures in docs/benchmarks.md):
 * <ul>
 *   <li>{@code -XX:+UseSerialGC}: one collector thread and no remembered sets; on a heap this size its young
 *       pauses stay under a frame, and it needs less memory than G1;</li>
 *   <li>{@code -Xms32m -Xmx384m}: start small and grow with the data; the cap keeps a runaway list from taking
 *       a quarter of the laptop's memory (the default);</li>
 *   <li>{@code -XX:MaxNewSize=32m}: every page of the young generation is touched between collections, so its
 *       size goes straight into resident memory (about 120 MB by default at this heap size);</li>
 *   <li>{@code -XX:MetaspaceSize=64m}: the window's classes need about 45 MB of metadata; the default 21 MB
 *       threshold caused two full collections during start-up;</li>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick compiler: faster start and about 25 MB less memory; bulk
 *       work in the window (a 100,000-opportunity demo load, a first sync of a large team) takes about half as
 *       long again;</li>
 *   <li>{@code -Xss512k}: JavaFX and H2 run fine with half the default thread stack.</li>
 * </ul>
 */
public final class AppJvmOptions {
    public static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx384m",
            "-XX:MaxNewSize=32m", "-XX:MetaspaceSize=64m", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private AppJvmOptions() {
    }
}
