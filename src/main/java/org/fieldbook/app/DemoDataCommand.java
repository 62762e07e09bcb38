package org.fieldbook.app;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.service.demo.DemoReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo-data", description = {
        "Adds a realistic, deterministic demo data set: sales reps, accounts and contacts, opportunities with "
                + "18 months of stage history, buying roles, activities and leads.",
        "The same seed and sizes give the same data."})
final class DemoDataCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (default: 42).")
    long seed = DemoOptions.DEFAULT_SEED;

    @Option(names = "--accounts", paramLabel = "N",
            description = "Accounts, each with about 3 contacts (default: 40, or one per 7.5 opportunities "
                    + "when only --opportunities is given).")
    Integer accounts;

    @Option(names = "--opportunities", paramLabel = "N", description = "Opportunities (default: 300).")
    int opportunities = DemoOptions.DEFAULT_OPPORTUNITIES;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Language of the names and main currency: en, zh-CN or zh-TW (default: the system's).")
    String locale;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day the data is as of: history ends there (default: today).")
    LocalDate today;

    @Override
    public Integer call() {
        DemoOptions options = options();
        try (AppContext context = parent.openContext()) {
            DemoReport report = context.demoData().load(options, progress -> { });
            var out = spec.commandLine().getOut();
            out.println(report.summary());
            out.flush();
            return 0;
        }
    }

    private DemoOptions options() {
        if (opportunities < 0) {
            throw bad("--opportunities must be 0 or more, not " + opportunities);
        }
        int accountCount = accounts != null ? accounts
                : opportunities == DemoOptions.DEFAULT_OPPORTUNITIES ? DemoOptions.DEFAULT_ACCOUNTS
                : DemoOptions.accountsFor(opportunities);
        if (accountCount < 1) {
            throw bad("--accounts must be 1 or more, not " + accountCount);
        }
        return new DemoOptions(seed, accountCount, opportunities, locale(),
                today != null ? today : LocalDate.now());
    }

    private Locale locale() {
        if (locale == null) {
            return Locale.getDefault();
        }
        try {
            Locale parsed = new Locale.Builder().setLanguageTag(locale.replace('_', '-')).build();
            if (Arrays.asList(Locale.getISOLanguages()).contains(parsed.getLanguage())) {
                return parsed;
            }
        } catch (IllformedLocaleException e) {
            // reported below, like a well-formed tag of no known language
        }
        throw bad("--locale: '" + locale + "' is not a language tag such as en, zh-CN or zh-TW");
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
