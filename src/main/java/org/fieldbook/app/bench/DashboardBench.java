package org.fieldbook.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fieldbook.analytics.AnalyticsService;
import org.fieldbook.analytics.Drill;
import org.fieldbook.analytics.KpiFilter;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;

/**
 * The dashboard's figures: one full recompute (every KPI of the last 12 months and the tiles of the 12 months
 * before, as the screen asks for them) over 100,000 opportunities and 300,000 activities, and the same SQL
 * statements run straight over JDBC, values inlined as the recompute sends them, every value of every row
 * read. Their ratio is what jOOQ and the mapping to records cost beyond the database's own work. Before each
 * run one deal, one activity and one lead are written, as after an edit or a sync (see {@link #touch}). Runs
 * alternate between the two, so that a neighbour's load on a shared machine falls on both alike. A recompute
 * reads on two connections at once (two threads; H2 runs a statement in the thread that sends it), and the
 * direct run runs each connection's statements on a connection of its own at the same time, so both CPU
 * figures are the whole process's CPU time over the run (both threads, and the JVM's own, alike on both
 * sides), not one thread's.
 */
public final class DashboardBench {
    public static final int OPPORTUNITIES = 100_000;
    public static final int ACTIVITIES = 300_000;
    static final double RECOMPUTE_LIMIT_MS = 1_000;
    static final double RATIO_LIMIT = 1.3;
    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;

    private DashboardBench() {
    }

    public static List<Figure> measure(Path work, PrintWriter console) {
        Path folder = work.resolve("dashboard-100k");
        say(console, "Dashboard: writing " + OPPORTUNITIES + " opportunities and " + ACTIVITIES + " activities...");
        DashboardBenchData.load(folder, OPPORTUNITIES, ACTIVITIES);
        try (Database database = Database.open(folder)) {
            AnalyticsService analytics = new AnalyticsService(database.store(), Clock.systemDefaultZone());
            LocalDate today = LocalDate.now();
            KpiFilter filter = KpiFilter.period(today.minusYears(1).plusDays(1), today);
            List<List<String>> statements = analytics.statementsOf(filter);
            int count = statements.stream().mapToInt(List::size).sum();
            java.util.UUID deal = analytics.deals(filter, new Drill.OpenInStage(null)).get(0).id();
            Runnable touch = () -> touch(database.store(), deal);
            say(console, "Dashboard: " + count + " statements a recompute, on " + statements.size()
                    + " connections; warming up...");
            for (int i = 0; i < WARM_UPS; i++) {
                touch.run();
                analytics.dashboard(filter);
                touch.run();
                analytics.runDirectly(statements);
            }
            say(console, "Dashboard: " + RUNS + " recomputes and as many direct runs, alternating...");
            var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            List<Double> recompute = new ArrayList<>();
            List<Double> recomputeCpu = new ArrayList<>();
            List<Double> direct = new ArrayList<>();
            List<Double> directCpu = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                touch.run();
                long cpu = process.getProcessCpuTime();
                long wall = System.nanoTime();
                analytics.dashboard(filter);
                recompute.add((System.nanoTime() - wall) / 1e6);
                recomputeCpu.add((process.getProcessCpuTime() - cpu) / 1e6);
                touch.run();
                cpu = process.getProcessCpuTime();
                wall = System.nanoTime();
                analytics.runDirectly(statements);
                direct.add((System.nanoTime() - wall) / 1e6);
                directCpu.add((process.getProcessCpuTime() - cpu) / 1e6);
            }
            double ratio = median(recomputeCpu) / median(directCpu);
            return List.of(
                    Figure.limited("dashboard_recompute_100k_ms", median(recompute), "ms", RECOMPUTE_LIMIT_MS),
                    Figure.of("dashboard_recompute_100k_cpu_ms", median(recomputeCpu), "ms"),
                    Figure.of("dashboard_direct_sql_100k_ms", median(direct), "ms"),
                    Figure.of("dashboard_direct_sql_100k_cpu_ms", median(directCpu), "ms"),
                    Figure.limited("dashboard_recompute_vs_sql_cpu_ratio", ratio, "×", RATIO_LIMIT),
                    Figure.of("dashboard_recompute_vs_sql_wall_ratio", median(recompute) / median(direct), "×"),
                    Figure.of("dashboard_statements", count, "statements"));
        }
    }

    /**
     * An edit to the tables the dashboard reads, as a user's edit or a sync would make, before each measured
     * run: H2 hands back a query's previous result while none of its tables changed, which is not what a
     * recompute after a change gets.
     */
    static void touch(Store store, java.util.UUID dealId) {
        store.writeVoid(tx -> {
            var deal = tx.opportunities().get(dealId);
            tx.opportunities().update(deal.withTitle(deal.title().endsWith("·") ? deal.title()
                    .substring(0, deal.title().length() - 1) : deal.title() + "·"));
            tx.activities().insert(new Activity(TimeOrderedId.next(), ActivityType.NOTE, "bench", null, null,
                    java.time.Instant.now(), null, null, null, null, deal.id(), deal.ownerId()));
            tx.leads().insert(new Lead(TimeOrderedId.next(), "bench", null, null, null, null, LeadStatus.NEW, null,
                    null, null, null, java.time.Instant.now()));
        });
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void say(PrintWriter console, String line) {
        console.println(line);
        console.flush();
    }
}
