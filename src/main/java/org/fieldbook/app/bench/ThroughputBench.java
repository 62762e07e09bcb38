package org.fieldbook.app.bench;

import java.util.List;
import org.fieldbook.service.demo.DemoReport;
import org.fieldbook.store.FileCompaction;

/**
 * Figure (b): loading 100,000 opportunities of demo data into a fresh folder, in the bench's own process; and the
 * compaction of the database file that follows the load (not in the load's figure).
 */
public final class ThroughputBench {
    public static final int OPPORTUNITIES = 100_000;
    static final double LIMIT_SECONDS = 60;

    private ThroughputBench() {
    }

    public static List<Figure> figures(DemoReport report) {
        double seconds = report.took().toNanos() / 1e9;
        FileCompaction compaction = report.compaction();
        return List.of(Figure.of("demo_data_opportunities_per_s", report.opportunities() / seconds,
                        "opportunities/s"),
                Figure.limited("demo_data_100k_s", seconds, "s", LIMIT_SECONDS),
                Figure.of("demo_file_before_compaction_mb", compaction.bytesBefore() / 1048576.0, "MB"),
                Figure.of("demo_file_after_compaction_mb", compaction.bytesAfter() / 1048576.0, "MB"),
                Figure.of("demo_compaction_s", compaction.took().toNanos() / 1e9, "s"));
    }
}
