package org.fieldbook.service.demo;

import java.time.Duration;

/** What a demo-data load added, and how long it took. */
public record DemoReport(int reps, int accounts, int contacts, int opportunities, int stageChanges,
                         int buyingRoles, int activities, int leads, int products, int lines, int payments,
                         Duration took) {

    /** One line for the command line and the log, e.g. "Added 6 reps, 40 accounts, ... in 1.2 s". */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "Added %,d sales reps, %,d accounts, %,d contacts, %,d opportunities (%,d stage changes, "
                        + "%,d buying roles, %,d line items, %,d payments), %,d activities, %,d leads and %,d products"
                        + " in %.1f s",
                reps, accounts, contacts, opportunities, stageChanges, buyingRoles, lines, payments, activities,
                leads, products,
                took.toMillis() / 1000.0);
    }
}
