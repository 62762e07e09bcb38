package org.fieldbook.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure (a): time from process start to the first painted main window with 10,000 opportunities, next to the
 * same for a bare JavaFX window with one label started the same way, and their ratio. Beside them the same
 * window on a store with no opportunities: how much of the start the 10,000 cost. One warm-up start of each
 * (it fills the OS file cache and JavaFX's native library cache), then the three alternate; medians count.
 */
public final class StartupBench {
    public static final int OPPORTUNITIES = 10_000;
    static final String APP_MAIN = "org.fieldbook.app.Launcher";
    static final String BARE_MAIN = BareWindow.Main.class.getName();
    static final double RATIO_LIMIT = 1.5;

    private StartupBench() {
    }

    public static List<Figure> measure(ChildJvm jvm, Path dataFolder, Path emptyFolder, int runs, PrintWriter out)
            throws IOException, InterruptedException {
        List<String> appArguments = List.of("--data-dir", dataFolder.toString());
        List<String> emptyArguments = List.of("--data-dir", emptyFolder.toString());
        startOnce(jvm, "app-warm-up", APP_MAIN, appArguments);
        startOnce(jvm, "empty-warm-up", APP_MAIN, emptyArguments);
        startOnce(jvm, "bare-warm-up", BARE_MAIN, List.of());
        List<Double> app = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            app.add(startOnce(jvm, "app-" + run, APP_MAIN, appArguments));
            empty.add(startOnce(jvm, "empty-" + run, APP_MAIN, emptyArguments));
            bare.add(startOnce(jvm, "bare-" + run, BARE_MAIN, List.of()));
            out.printf(Locale.ROOT, "  start-up run %d of %d: app %.0f ms, app on an empty store %.0f ms, bare window"
                    + " %.0f ms%n", run, runs, app.get(run - 1), empty.get(run - 1), bare.get(run - 1));
            out.flush();
        }
        double appMedian = median(app);
        double emptyMedian = median(empty);
        double bareMedian = median(bare);
        return List.of(Figure.of("first_paint_app_10k_ms", appMedian, "ms"),
                Figure.of("first_paint_app_empty_store_ms", emptyMedian, "ms"),
                Figure.of("first_paint_bare_window_ms", bareMedian, "ms"),
                Figure.limited("first_paint_ratio", appMedian / bareMedian, "x bare window", RATIO_LIMIT),
                Figure.of("first_paint_10k_over_empty_store", appMedian / emptyMedian, "x empty store"));
    }

    private static double startOnce(ChildJvm jvm, String name, String mainClass, List<String> arguments)
            throws IOException, InterruptedException {
        ChildJvm.Painted painted = jvm.startAndWaitForFirstPaint(name, mainClass, "exit", arguments);
        ChildJvm.awaitExit(painted.process());
        return painted.timeToFirstPaint().toNanos() / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
