package org.fieldbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fieldbook.analytics.FilterChoices;
import org.fieldbook.analytics.Kpis;
import org.fieldbook.report.ExportFormat;
import org.fieldbook.report.ExportProgress;
import org.fieldbook.report.MeetingExport;
import org.fieldbook.report.MeetingPack;
import org.fieldbook.report.MeetingPacks;
import org.fieldbook.report.ReportException;
import org.fieldbook.report.ReportText;
import org.fieldbook.ui.common.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Writes the dashboard's charts for a period and filter as a meeting file, with no display needed:",
        "pptx (native charts), xlsx (tables and native charts), pdf (vector, fonts embedded), csv (a zip of CSV "
                + "files) or png (one chart; with --all a zip of PNGs).",
        "Charts: " + "funnel, conversion, by-stage, forecast, win-rate, cycle, channel, reps, activities, tiers."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, pdf, pptx, xlsx or csv.")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--chart", paramLabel = "NAME", description = "Only this chart.")
        String chart;

        @Option(names = "--all", description = "Every chart of the dashboard.")
        boolean all;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if "
            + "it exists; written under a temporary name first).")
    Path out;

    @Option(names = "--scale", paramLabel = "N", description = "PNG only: 1, 2 or 3 times 960 × 600 pixels "
            + "(default 2).")
    int scale = 2;

    @Option(names = "--transparent", description = "PNG only: a transparent background instead of white.")
    boolean transparent;

    @Option(names = "--locale", paramLabel = "TAG", description = "Language of the labels, e.g. en, zh-CN, zh-TW "
            + "(default: the fieldbook.locale property, else the system's).")
    String locale;

    @Mixin
    KpiFilterOptions filters;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = format();
        if (which.chart != null && !MeetingPacks.CHART_NAMES.contains(which.chart)) {
            throw bad("no chart named '" + which.chart + "'; there are: " + String.join(", ", MeetingPacks.CHART_NAMES));
        }
        if (scale < 1 || scale > 3) {
            throw bad("--scale must be 1, 2 or 3");
        }
        if (Files.isDirectory(out)) {
            throw bad("--out " + out + " is a folder; name the file to write");
        }
        filters.checkArguments();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // the PNG is drawn off screen, display or not
        }
        Locale language = locale != null ? Messages.chosenLocale(locale, Locale.ENGLISH)
                : Messages.chosenLocale(System.getProperty("fieldbook.locale"), Locale.getDefault());
        try (AppContext context = parent.openContext()) {
            var analytics = context.analytics();
            FilterChoices choices = analytics.choices();
            Kpis kpis = analytics.compute(filters.filter(choices), filters.rates(analytics));
            MeetingPack pack = new MeetingPacks(ReportText.load(language)).of(kpis, choices, LocalDate.now());
            if (which.chart != null) {
                pack = pack.only(which.chart);
            }
            new MeetingExport().write(chosen, pack, out, scale, transparent, ExportProgress.none());
            ReportCommand.warnMissingRates(spec, kpis);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            return 0;
        } catch (ReportException e) {
            spec.commandLine().getErr().println("fieldbook: " + e.getMessage());
            return FieldbookCommand.USAGE_ERROR;
        }
    }

    private ExportFormat format() {
        try {
            return ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("--format " + format + " is not one of png, pdf, pptx, xlsx, csv");
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
