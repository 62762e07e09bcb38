package org.fieldbook.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fieldbook.domain.Account;
import org.fieldbook.service.demo.DemoDataService;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;

/**
 * The encrypted database (issue 10): converting a 10,000-opportunity folder to and from encryption, and what
 * encryption costs on opening (the passphrase's 600,000 PBKDF2 rounds included) and on one edit.
 */
public final class EncryptionBench {
    public static final int OPPORTUNITIES = 10_000;
    private static final int OPENS = 3;
    private static final int EDITS = 300;
    private static final char[] PASSPHRASE = "bench passphrase of several words".toCharArray();

    private EncryptionBench() {
    }

    public static List<Figure> measure(Path work, PrintWriter console) {
        Path folder = work.resolve("encryption-10k");
        console.println("Loading " + OPPORTUNITIES + " opportunities for the encryption figures...");
        console.flush();
        try (Database database = Database.open(folder)) {
            new DemoDataService(database.store()).load(new DemoOptions(42L, DemoOptions.accountsFor(OPPORTUNITIES),
                    OPPORTUNITIES, Locale.US, LocalDate.now()), progress -> { });
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("encryption_open_plain_ms", medianOpen(folder, null), "ms"));
        figures.add(Figure.of("encryption_edit_plain_ms", medianEdit(folder, null), "ms"));
        long started;
        try (Database database = Database.open(folder)) {
            started = System.nanoTime();
            database.changeEncryption(null, PASSPHRASE.clone(), progress -> { });
            figures.add(Figure.of("encryption_turn_on_s", (System.nanoTime() - started) / 1e9, "s"));
        }
        figures.add(Figure.of("encryption_file_mb", size(folder) / 1e6, "MB"));
        figures.add(Figure.of("encryption_open_encrypted_ms", medianOpen(folder, PASSPHRASE), "ms"));
        figures.add(Figure.of("encryption_edit_encrypted_ms", medianEdit(folder, PASSPHRASE), "ms"));
        try (Database database = Database.open(folder, PASSPHRASE.clone())) {
            started = System.nanoTime();
            database.changeEncryption(PASSPHRASE.clone(), null, progress -> { });
            figures.add(Figure.of("encryption_turn_off_s", (System.nanoTime() - started) / 1e9, "s"));
        }
        return figures;
    }

    private static long size(Path folder) {
        try {
            return Files.size(folder.resolve("fieldbook.mv.db"));
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Opening the folder (lock, key, H2, schema check) and closing it, median of a few. */
    private static double medianOpen(Path folder, char[] passphrase) {
        double[] times = new double[OPENS];
        for (int i = 0; i < OPENS; i++) {
            long started = System.nanoTime();
            try (Database database = Database.open(folder, passphrase == null ? null : passphrase.clone())) {
                times[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return median(times);
    }

    /** One committed edit (an account, its change record and frontier entry), median of a few hundred. */
    private static double medianEdit(Path folder, char[] passphrase) {
        double[] times = new double[EDITS];
        try (Database database = Database.open(folder, passphrase == null ? null : passphrase.clone())) {
            Store store = database.store();
            for (int i = 0; i < EDITS; i++) {
                int number = i;
                long started = System.nanoTime();
                store.writeVoid(tx -> tx.accounts().insert(Account.create("Bench edit " + number, null)));
                times[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return median(Arrays.copyOfRange(times, EDITS / 3, EDITS)); // after the JIT's warm-up
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
