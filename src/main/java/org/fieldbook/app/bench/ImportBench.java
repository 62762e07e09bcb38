package org.fieldbook.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportResult;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.store.CsvReadBaseline;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;

/**
 * Importing a 100,000-row opportunity CSV through the importer (detection, mapping, checks, change capture,
 * stage history, the undo record; one transaction) against H2's own CSVREAD of the same file into the same
 * table, each into a fresh store holding the same 2,000 accounts. Target: the import takes at most twice as long.
 * And against a third load, the like-for-like one: CSVREAD and then set-based SQL writing every other row the
 * importer writes (stage history and change records), checked to be as many rows.
 */
public final class ImportBench {
    public static final int ROWS = 100_000;
    static final int ACCOUNTS = 2_000;
    static final int WARM_UP_ROWS = 20_000;
    static final double RATIO_LIMIT = 2.0;
    private static final String[] STAGES = {"Prospecting", "Qualification", "Proposal", "Negotiation", "Won", "Lost"};

    private ImportBench() {
    }

    public static List<Figure> measure(Path work, PrintWriter console) throws IOException {
        Path csv = work.resolve("opportunities-100k.csv");
        write(csv, ROWS);
        Path small = work.resolve("opportunities-warm-up.csv");
        write(small, WARM_UP_ROWS);
        console.println("Import: " + ROWS + " opportunities through the importer, then through H2's CSVREAD"
                + " (each after a warm-up of " + WARM_UP_ROWS + ")...");
        console.flush();
        // The JIT compiles H2's insert path during whichever load runs first: warm both, so neither pays for it
        viaImporter(work.resolve("warm-up-importer"), small, WARM_UP_ROWS);
        viaCsvRead(work.resolve("warm-up-csvread"), small, WARM_UP_ROWS, false);
        viaCsvRead(work.resolve("warm-up-same-rows"), small, WARM_UP_ROWS, true);
        Run importer = viaImporter(work.resolve("import-importer"), csv, ROWS);
        Run csvRead = viaCsvRead(work.resolve("import-csvread"), csv, ROWS, false);
        Run sameRows = viaCsvRead(work.resolve("import-same-rows"), csv, ROWS, true);
        if (sameRows.rowsWritten() != importer.rowsWritten()) {
            throw new IllegalStateException("the SQL load wrote " + sameRows.rowsWritten() + " rows, the importer "
                    + importer.rowsWritten() + ": they no longer compare");
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("import_100k_opportunities_s", importer.seconds(), "s"));
        figures.add(Figure.of("import_100k_csvread_s", csvRead.seconds(), "s"));
        figures.add(Figure.limited("import_ratio_to_csvread", importer.seconds() / csvRead.seconds(), "×",
                RATIO_LIMIT));
        // CPU time hardly moves with the other engineers' load: the thread that imports (H2 runs embedded in it)
        figures.add(Figure.of("import_100k_opportunities_cpu_s", importer.cpu().thread(), "s"));
        figures.add(Figure.of("import_100k_csvread_cpu_s", csvRead.cpu().thread(), "s"));
        figures.add(Figure.of("import_cpu_ratio_to_csvread", importer.cpu().thread() / csvRead.cpu().thread(), "×"));
        figures.add(Figure.of("import_100k_opportunities_process_cpu_s", importer.cpu().process(), "s"));
        figures.add(Figure.of("import_100k_csvread_process_cpu_s", csvRead.cpu().process(), "s"));
        figures.add(Figure.of("import_100k_rows_written", importer.rowsWritten(), "rows"));
        figures.add(Figure.of("import_100k_same_rows_sql_s", sameRows.seconds(), "s"));
        figures.add(Figure.of("import_100k_same_rows_sql_cpu_s", sameRows.cpu().thread(), "s"));
        figures.add(Figure.of("import_ratio_to_same_rows_sql", importer.seconds() / sameRows.seconds(), "×"));
        figures.add(Figure.of("import_cpu_ratio_to_same_rows_sql", importer.cpu().thread() / sameRows.cpu().thread(),
                "×"));
        return figures;
    }

    /** One load: its time, and the deals, stage changes and their change records it left in the store. */
    private record Run(double seconds, CpuClock cpu, long rowsWritten) {
    }

    private static long rowsWritten(Store store) {
        return CsvReadBaseline.rowsOfDeals(store);
    }

    private static Run viaImporter(Path folder, Path csv, int rows) throws IOException {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            addAccounts(store);
            byte[] bytes = Files.readAllBytes(csv);
            long start = System.nanoTime();
            CpuClock cpu = CpuClock.start();
            ImportResult result = new ImportService(store, ZoneOffset.UTC, false).importFile(bytes, csv.getFileName().toString(),
                    ImportType.OPPORTUNITIES, ImportMapping.detect(ImportType.OPPORTUNITIES));
            cpu = cpu.stop();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result.created() != rows) {
                throw new IllegalStateException("the importer took " + result.created() + " of " + rows + " rows: "
                        + result.rejected().stream().limit(3).toList());
            }
            return new Run(seconds, cpu, rowsWritten(store));
        }
    }

    /** {@code withRecords}: the deals' stage history and change records too, by SQL alone. */
    private static Run viaCsvRead(Path folder, Path csv, int rows, boolean withRecords) {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            addAccounts(store);
            Pipeline pipeline = store.read(tx -> tx.pipelines().inOrder().get(0));
            long start = System.nanoTime();
            CpuClock cpu = CpuClock.start();
            int loaded = withRecords ? CsvReadBaseline.loadOpportunitiesWithTheirRecords(store, csv, pipeline.id())
                    : CsvReadBaseline.loadOpportunities(store, csv, pipeline.id());
            cpu = cpu.stop();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (loaded != rows) {
                throw new IllegalStateException("CSVREAD loaded " + loaded + " of " + rows + " rows");
            }
            return new Run(seconds, cpu, rowsWritten(store));
        }
    }

    /** CPU seconds of this thread and of the whole process (with the JIT and the collector) between two reads. */
    private record CpuClock(long threadNanos, long processNanos) {
        static CpuClock start() {
            return new CpuClock(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), processNow());
        }

        CpuClock stop() {
            return new CpuClock(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadNanos,
                    processNow() - processNanos);
        }

        double thread() {
            return threadNanos / 1e9;
        }

        double process() {
            return processNanos / 1e9;
        }

        private static long processNow() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    static void addAccounts(Store store) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(Account.create(accountName(i), null));
        }
        store.writeVoid(tx -> tx.accounts().insertAll(accounts));
    }

    private static String accountName(int i) {
        return "Customer " + i;
    }

    /** A deterministic file: every stage, amounts with cents, created before the close date. */
    static void write(Path csv, int rows) throws IOException {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2023, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Title,Account,Stage,Amount,CloseDate,Created\n");
            for (int i = 0; i < rows; i++) {
                LocalDate created = first.plusDays(random.nextInt(900));
                LocalDate close = created.plusDays(10 + random.nextInt(200));
                out.write("Deal " + i + "," + accountName(random.nextInt(ACCOUNTS)) + "," + STAGES[random.nextInt(6)] + ","
                        + (1000 + random.nextInt(99_000)) + "." + (10 + random.nextInt(90)) + "," + close + ","
                        + created + "T09:00:00Z\n");
            }
        }
    }
}
