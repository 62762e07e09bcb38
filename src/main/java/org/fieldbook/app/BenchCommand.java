package org.fieldbook.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.LocalDate;
import java.util.Locale;
import org.fieldbook.app.bench.AppJvmOptions;
import org.fieldbook.app.bench.BenchFile;
import org.fieldbook.app.bench.BoardBench;
import org.fieldbook.app.bench.ChildJvm;
import org.fieldbook.app.bench.DashboardBench;
import org.fieldbook.app.bench.ExportBench;
import org.fieldbook.app.bench.Figure;
import org.fieldbook.app.bench.MemoryBench;
import org.fieldbook.app.bench.SearchBench;
import org.fieldbook.app.bench.StartupBench;
import org.fieldbook.app.bench.SyncBench;
import org.fieldbook.app.bench.ThroughputBench;
import org.fieldbook.app.bench.TimelineBench;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.service.demo.DemoReport;
import org.fieldbook.sync.folder.WrongPassphraseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
        "Measures start-up time against a bare JavaFX window, demo-data throughput and resident memory, prints "
                + "a table and merges the figures into a JSON file. Start-up and memory need a display "
                + "(run under xvfb-run -a on a server). Not a test: it never fails on a figure.",
        "Uses its own data folders in a temporary folder, not --data-dir."})
final class BenchCommand implements Callable<Integer> {
    private static final long SEED = 42;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The figures file; figures of the same name are replaced, others kept "
                    + "(default: target/bench.json).")
    Path out = Path.of("target", "bench.json");

    @Option(names = "--runs", paramLabel = "N",
            description = "Measured starts of each window after one warm-up start (default: 5).")
    int runs = 5;

    /** The groups of figures; each loads the demo data it needs. */
    enum Group {
        demo, sync, startup, memory, board, timeline, dashboard, server, importing, export, search, quote, encryption
    }

    /** "import" is a Java keyword: the group is named importing and answers to both. */
    static final class GroupName implements picocli.CommandLine.ITypeConverter<Group> {
        @Override
        public Group convert(String value) {
            return value.equals("import") ? Group.importing : Group.valueOf(value);
        }
    }

    @Option(names = "--only", paramLabel = "GROUP", split = ",", converter = GroupName.class,
            description = "Measure only these groups: ${COMPLETION-CANDIDATES} (default: all). demo, sync and "
                    + "memory and search share one 100k load; its throughput is reported whenever it runs. board and dashboard "
                    + "make their own data (a few minutes each).")
    EnumSet<Group> only = EnumSet.allOf(Group.class);

    @Option(names = "--pg-url", paramLabel = "URL", description = "For the server group: the JDBC URL of a "
            + "PostgreSQL admin login that may create databases and roles (user and password as URL parameters).")
    String pgUrl;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be 1 or more, not " + runs);
        }
        PrintWriter console = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("fieldbook-bench");
        try {
            List<Figure> figures = measure(work, console);
            BenchFile.merge(out, figures);
            console.println();
            console.print(BenchFile.table(figures));
            console.println("Figures merged into " + out.toAbsolutePath());
            console.flush();
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private List<Figure> server(Path work, Path history, PrintWriter console) {
        if (pgUrl == null) {
            say(console, "The server group needs --pg-url (a PostgreSQL admin JDBC URL). Skipped.");
            return List.of();
        }
        say(console, "Syncing 10,000 changes through the PostgreSQL server, then 20 devices at once against the "
                + "100k history...");
        try {
            return org.fieldbook.app.bench.ServerSyncBench.measure(work, pgUrl, history);
        } catch (Exception e) {
            throw new IllegalArgumentException("the server group failed: " + e.getMessage(), e);
        }
    }

    private List<Figure> measure(Path work, PrintWriter console) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        boolean windows = display != null && !display.isBlank();
        Path large = work.resolve("opportunities-100k");
        if (only.contains(Group.demo) || only.contains(Group.sync) || only.contains(Group.search)
                || (windows && only.contains(Group.memory)) || (only.contains(Group.server) && pgUrl != null)) {
            say(console, "Loading " + ThroughputBench.OPPORTUNITIES + " opportunities of demo data...");
            figures.addAll(ThroughputBench.figures(loadDemoData(large, ThroughputBench.OPPORTUNITIES)));
        }
        if (only.contains(Group.sync)) {
            say(console, "Syncing 10,000 changes through a team folder, then a new device joining the 100k "
                    + "history...");
            try {
                figures.addAll(SyncBench.tenThousandChanges(work));
                figures.addAll(SyncBench.joining(large, work));
            } catch (WrongPassphraseException e) {
                throw new IllegalStateException("the bench's own team folder has no passphrase", e);
            }
        }
        if (only.contains(Group.server)) {
            figures.addAll(server(work, large, console));
        }
        if (only.contains(Group.search)) {
            say(console, "Building the search index of the 100k folder and typing into it...");
            try (AppContext context = AppContext.open(large)) {
                figures.addAll(SearchBench.measure(context.search(), List.of(
                        context.accounts().list().stream().map(a -> a.account().name()).toList(),
                        context.contacts().list().stream().map(c -> c.contact().name()).toList(),
                        context.opportunities().list().stream().map(o -> o.opportunity().title()).toList()),
                        console));
            }
        }
        if (only.contains(Group.board)) {
            figures.addAll(board(work, console));
        }
        if (only.contains(Group.timeline)) {
            figures.addAll(timeline(work, console));
        }
        if (only.contains(Group.dashboard)) {
            figures.addAll(DashboardBench.measure(work, console));
        }
        if (only.contains(Group.importing)) {
            figures.addAll(org.fieldbook.app.bench.ImportBench.measure(work, console));
        }
        if (only.contains(Group.encryption)) {
            figures.addAll(org.fieldbook.app.bench.EncryptionBench.measure(work, console));
        }
        if (only.contains(Group.export)) {
            figures.addAll(ExportBench.measure(work, console));
        }
        if (only.contains(Group.quote)) {
            figures.addAll(org.fieldbook.app.bench.QuoteBench.measure(work, console));
        }
        if (!only.contains(Group.startup) && !only.contains(Group.memory)) {
            return figures;
        }
        if (!windows) {
            say(console, "Start-up (a) and memory (c) need a display: run the bench under xvfb-run -a. Skipped.");
            return figures;
        }
        ChildJvm jvm = new ChildJvm(AppJvmOptions.OPTIONS, work.resolve("logs"));
        if (only.contains(Group.startup)) {
            Path small = work.resolve("opportunities-10k");
            say(console, "Preparing " + StartupBench.OPPORTUNITIES + " opportunities for the start-up figures...");
            loadDemoData(small, StartupBench.OPPORTUNITIES);
            setUpProfile(small);
            Path empty = work.resolve("opportunities-none");
            setUpProfile(empty);
            say(console, "Starting each window once to warm up, then " + runs + " measured times...");
            figures.addAll(StartupBench.measure(jvm, small, empty, runs, console));
        }
        if (only.contains(Group.memory)) {
            setUpProfile(large);
            say(console, "Opening the window on " + ThroughputBench.OPPORTUNITIES + " opportunities for memory...");
            figures.add(MemoryBench.measure(jvm, large));
        }
        return figures;
    }

    /** The board's figures: they need a display too (a real window, in a JVM started like the window's). */
    private static List<Figure> board(Path work, PrintWriter console) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            say(console, "The board figures need a display: run the bench under xvfb-run -a. Skipped.");
            return List.of();
        }
        try {
            return BoardBench.measure(work, true, console);
        } catch (Exception e) {
            throw new IllegalStateException("the board bench failed: " + e.getMessage(), e);
        }
    }

    /** Opening an account with 2,000 activities in its timeline: a window in this process, so a display. */
    private static List<Figure> timeline(Path work, PrintWriter console) {
        String display = System.getenv("DISPLAY");
        boolean headless = "Monocle".equals(System.getProperty("glass.platform"));
        if ((display == null || display.isBlank()) && !headless) {
            say(console, "The timeline figure needs a display: run the bench under xvfb-run -a. Skipped.");
            return List.of();
        }
        try {
            return TimelineBench.measure(work, console);
        } catch (Exception e) {
            throw new IllegalStateException("the timeline bench failed: " + e.getMessage(), e);
        }
    }

    /** Loads demo data into a fresh folder: the load alone is timed, not opening the database. */
    private static DemoReport loadDemoData(Path folder, int opportunities) {
        DemoOptions options = new DemoOptions(SEED, DemoOptions.accountsFor(opportunities), opportunities,
                Locale.US, LocalDate.now());
        try (AppContext context = AppContext.open(folder)) {
            return context.demoData().load(options, progress -> { });
        }
    }

    /** Answers the first-run questions, so the window opens on its first screen. */
    private static void setUpProfile(Path folder) {
        try (AppContext context = AppContext.open(folder)) {
            context.profile().setUp("Bench User", "USD");
        }
    }

    private static void say(PrintWriter console, String line) {
        console.println(line);
        console.flush();
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
