package org.fieldbook.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.fieldbook.analytics.AnalyticsService;
import org.fieldbook.analytics.KpiFilter;
import org.fieldbook.report.ExportFormat;
import org.fieldbook.report.ExportProgress;
import org.fieldbook.report.MeetingExport;
import org.fieldbook.report.MeetingPack;
import org.fieldbook.report.MeetingPacks;
import org.fieldbook.report.ReportText;
import org.fieldbook.store.Database;

/**
 * The meeting pack over the dashboard bench's 100,000 opportunities: the time to write the whole pack (every
 * chart, atomically, to a file) in each format, from figures already computed, as the window's "Meeting pack…"
 * does. One warm-up per format, then the median of three; labels in Chinese, so the PDF embeds the CJK font.
 */
public final class ExportBench {
    static final double LIMIT_MS = 3_000;
    private static final int RUNS = 3;

    private ExportBench() {
    }

    public static List<Figure> measure(Path work, PrintWriter console) {
        Path folder = work.resolve("dashboard-100k");
        say(console, "Export: the dashboard's " + DashboardBench.OPPORTUNITIES + " opportunities...");
        if (!Files.isDirectory(folder)) { // the dashboard group, when it ran, wrote the same data there
            DashboardBenchData.load(folder, DashboardBench.OPPORTUNITIES, DashboardBench.ACTIVITIES);
        }
        MeetingPack pack;
        try (Database database = Database.open(folder)) {
            AnalyticsService analytics = new AnalyticsService(database.store(), Clock.systemDefaultZone());
            LocalDate today = LocalDate.now();
            var kpis = analytics.compute(KpiFilter.period(today.minusYears(1).plusDays(1), today));
            pack = new MeetingPacks(ReportText.load(Locale.SIMPLIFIED_CHINESE)).of(kpis, analytics.choices(), today);
        }
        List<Figure> figures = new ArrayList<>();
        MeetingExport export = new MeetingExport();
        for (ExportFormat format : List.of(ExportFormat.PPTX, ExportFormat.XLSX, ExportFormat.PDF, ExportFormat.CSV,
                ExportFormat.PNG)) {
            Path file = work.resolve("pack." + format.extension());
            List<Double> times = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i <= RUNS; i++) {
                long wall = System.nanoTime();
                try {
                    export.write(format, pack, file, 2, false, ExportProgress.none());
                    bytes = Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (i > 0) {
                    times.add((System.nanoTime() - wall) / 1e6);
                }
            }
            Collections.sort(times);
            String name = "export_pack_" + format.name().toLowerCase(Locale.ROOT) + "_100k_ms";
            say(console, "Export: " + format + " " + Math.round(times.get(RUNS / 2)) + " ms, " + bytes + " bytes");
            figures.add(Figure.limited(name, times.get(RUNS / 2), "ms", LIMIT_MS));
        }
        return figures;
    }

    private static void say(PrintWriter console, String line) {
        console.println(line);
        console.flush();
    }
}
