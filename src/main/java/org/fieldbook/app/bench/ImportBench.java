package org.fieldbook.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
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
 */
public final class ImportBench {
    public static final int ROWS = 100_000;
    static final int ACCOUNTS = 2_000;
    static final double RATIO_LIMIT = 2.0;
    private static final String[] STAGES = {"Prospecting", "Qualification", "Proposal", "Negotiation", "Won", "Lost"};

    private ImportBench() {
    }

    public static List<Figure> measure(Path work, PrintWriter console) throws IOException {
        Path csv = work.resolve("opportunities-100k.csv");
        write(csv, ROWS);
        console.println("Import: " + ROWS + " opportunities through the importer, then through H2's CSVREAD...");
        console.flush();
        double importSeconds;
        try (Database database = Database.open(work.resolve("import-importer"))) {
            Store store = database.store();
            addAccounts(store);
            byte[] bytes = Files.readAllBytes(csv);
            long start = System.nanoTime();
            ImportResult result = new ImportService(store, ZoneOffset.UTC).importFile(bytes, csv.getFileName().toString(),
                    ImportType.OPPORTUNITIES, ImportMapping.detect(ImportType.OPPORTUNITIES));
            importSeconds = (System.nanoTime() - start) / 1e9;
            if (result.created() != ROWS) {
                throw new IllegalStateException("the importer took " + result.created() + " of " + ROWS + " rows: "
                        + result.rejected().stream().limit(3).toList());
            }
        }
        double csvReadSeconds;
        try (Database database = Database.open(work.resolve("import-csvread"))) {
            Store store = database.store();
            addAccounts(store);
            Pipeline pipeline = store.read(tx -> tx.pipelines().inOrder().get(0));
            long start = System.nanoTime();
            int loaded = CsvReadBaseline.loadOpportunities(store, csv, pipeline.id());
            csvReadSeconds = (System.nanoTime() - start) / 1e9;
            if (loaded != ROWS) {
                throw new IllegalStateException("CSVREAD loaded " + loaded + " of " + ROWS + " rows");
            }
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("import_100k_opportunities_s", importSeconds, "s"));
        figures.add(Figure.of("import_100k_csvread_s", csvReadSeconds, "s"));
        figures.add(Figure.limited("import_ratio_to_csvread", importSeconds / csvReadSeconds, "×", RATIO_LIMIT));
        return figures;
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
