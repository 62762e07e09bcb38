package org.fieldbook.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.fieldbook.service.demo.DemoOptions;

/**
 * Makes the data folder the Linux installer's training start opens (installer/cds-training.sh): demo data and
 * an answered first-run, so that start shows the main window on its first screen, as a user's daily start
 * does, and the class-data-sharing archive it records holds the classes of that start.
 *
 * <p>Usage: {@code java -cp fieldbook.jar org.fieldbook.app.StartupTrainingFolder FOLDER}
 */
public final class StartupTrainingFolder {
    static final int OPPORTUNITIES = 2_000;

    private StartupTrainingFolder() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartupTrainingFolder FOLDER");
            System.exit(2);
        }
        make(Path.of(args[0]));
    }

    static void make(Path folder) {
        try (AppContext context = AppContext.open(folder)) {
            context.profile().setUp("Training", "USD");
            context.demoData().load(new DemoOptions(1, DemoOptions.accountsFor(OPPORTUNITIES), OPPORTUNITIES,
                    Locale.US, LocalDate.now()), progress -> { });
        }
    }
}
