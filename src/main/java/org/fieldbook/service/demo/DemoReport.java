package org.fieldbook.service.demo;

import java.time.Duration;
import org.fieldbook.store.FileCompaction;

/**
 * What a demo-data load added, and how long it took.
 *
 * @param took       the load, the compaction after it not included
 * @param compaction what was done to the database file after the load
 */
public record DemoReport(int reps, int accounts, int contacts, int opportunities, int stageChanges,
                         int buyingRoles, int activities, int leads, int products, int lines, int payments,
                         Duration took, FileCompaction compaction) {

    /** One line for the command line and the log, e.g. "Added 6 reps, 40 accounts, ... in 1.2 s". */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "Added %,d sales reps, %,d accounts, %,d contacts, %,d opportunities (%,d stage changes, "
                        + "%,d buying roles, %,d line items, %,d payments), %,d activities, %,d leads and %,d products"
                        + " in %.1f s",
                reps, accounts, contacts, opportunities, stageChanges, buyingRoles, lines, payments, activities,
                leads, products,
                took.toMillis() / 1000.0)
                + (compaction.outcome() == FileCompaction.Outcome.COMPACTED ? String.format(java.util.Locale.ROOT,
                "; database file compacted from %,d MB to %,d MB in %.1f s", compaction.bytesBefore() >> 20,
                compaction.bytesAfter() >> 20, compaction.took().toMillis() / 1000.0) : "");
    }
}
