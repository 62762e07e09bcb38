package org.fieldbook.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Figure (c): resident memory of the window opened on 100,000 opportunities, read from {@code /proc} about
 * three seconds after its first paint (the screen is loaded; the JVM has settled), then the window is ended.
 */
public final class MemoryBench {
    static final double LIMIT_MB = 350;
    private static final long SETTLE_MILLIS = 3_000;

    private MemoryBench() {
    }

    public static Figure measure(ChildJvm jvm, Path dataFolder) throws IOException, InterruptedException {
        ChildJvm.Painted painted = jvm.startAndWaitForFirstPaint("app-memory", StartupBench.APP_MAIN, "stay",
                List.of("--data-dir", dataFolder.toString()));
        try {
            Thread.sleep(SETTLE_MILLIS);
            double megabytes = ChildJvm.residentMegabytes(painted.process().pid());
            return Figure.limited("rss_100k_mb", megabytes, "MB", LIMIT_MB);
        } finally {
            ChildJvm.end(painted.process());
        }
    }
}
