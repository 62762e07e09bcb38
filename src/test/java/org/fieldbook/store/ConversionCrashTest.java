package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fieldbook.store.EncryptionConversion.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies at any moment of a conversion leaves a folder that opens, with every record, either as it
 * was (before the marker) or as it was to become (from the marker on); never neither, never the new file with
 * the old key.
 */
class ConversionCrashTest {
    @TempDir
    static Path temp;
    static Path plain;
    static Path encrypted;
    static List<Long> counts;

    @BeforeAll
    static void folders() throws Exception {
        System.setProperty("fieldbook.keyIterations", "10000");
        plain = temp.resolve("plain");
        counts = EncryptedDatabaseTest.fill(plain);
        encrypted = temp.resolve("encrypted");
        copy(plain, encrypted);
        try (Database database = Database.open(encrypted)) {
            database.changeEncryption(null, EncryptedDatabaseTest.PASSPHRASE.clone(), progress -> { });
        }
    }

    @Test
    void encryptingKilledAtAnyStepLeavesTheOldOrTheNewDatabaseWithEveryRecord() throws Exception {
        for (Step step : Step.values()) {
            Path folder = temp.resolve("on-" + step);
            copy(plain, folder);
            haltAt(folder, "on", step);
            boolean becameEncrypted = step.compareTo(Step.COMMITTED) >= 0;
            assertEquals(becameEncrypted, Database.isEncrypted(folder), "killed at " + step);
            checkOpensOnlyAs(folder, becameEncrypted, step);
        }
    }

    @Test
    void decryptingKilledAtAnyStepLeavesTheOldOrTheNewDatabaseWithEveryRecord() throws Exception {
        for (Step step : List.of(Step.HALF_COPIED, Step.VERIFIED, Step.COMMITTED, Step.DATABASE_SWAPPED,
                Step.KEY_SWAPPED)) {
            Path folder = temp.resolve("off-" + step);
            copy(encrypted, folder);
            haltAt(folder, "off", step);
            boolean stillEncrypted = step.compareTo(Step.COMMITTED) < 0;
            assertEquals(stillEncrypted, Database.isEncrypted(folder), "killed at " + step);
            checkOpensOnlyAs(folder, stillEncrypted, step);
        }
    }

    private static void checkOpensOnlyAs(Path folder, boolean encrypted, Step step) throws Exception {
        if (encrypted) {
            assertThrows(StoreException.class, () -> Database.open(folder), "needs the passphrase after " + step);
        }
        try (Database database = Database.open(folder, encrypted ? EncryptedDatabaseTest.PASSPHRASE.clone() : null)) {
            assertEquals(encrypted, database.encrypted(), step.name());
            assertEquals(counts, EncryptedDatabaseTest.counts(database.store()), "every record after " + step);
        }
        assertArrayEquals(new String[0], EncryptedDatabaseTest.leftovers(folder), "cleaned up after " + step);
    }

    private static void haltAt(Path folder, String direction, Step step) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfieldbook.keyIterations=10000", "-cp", System.getProperty("java.class.path"),
                ConversionCrasher.class.getName(), folder.toString(), direction, step.name())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the converting process did not end");
        }
        assertEquals(3, child.exitValue(), "halted at " + step);
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lock")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
