package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.h2.tools.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted data folder: H2's own tools cannot read it without the key, Fieldbook opens it with the passphrase. */
class EncryptedDatabaseTest {
    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    static final String SECRET_NAME = "Zebra Secret Holdings";

    @TempDir
    Path folder;

    @BeforeAll
    static void fewerKeyRounds() {
        System.setProperty("fieldbook.keyIterations", "10000");
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsPassphraseAndNotAtAllWithPlainH2() throws Exception {
        List<Long> before = fill(folder);
        try (Database database = Database.open(folder)) {
            database.changeEncryption(null, PASSPHRASE.clone(), progress -> { });
            assertTrue(database.encrypted());
            assertEquals(before, counts(database.store()), "the open store reads the converted file at once");
        }
        assertTrue(Database.isEncrypted(folder));
        byte[] file = Files.readAllBytes(folder.resolve("fieldbook.mv.db"));
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(SECRET_NAME), "no name in the clear");
        assertFalse(new String(Files.readAllBytes(folder.resolve("fieldbook.key")), StandardCharsets.ISO_8859_1)
                .contains(new String(PASSPHRASE)), "the passphrase is not in the key file");

        String url = "jdbc:h2:file:" + folder.resolve("fieldbook").toAbsolutePath();
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "fieldbook", "").close(),
                "plain H2 cannot open it");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url + ";CIPHER=AES", "fieldbook",
                new String(PASSPHRASE) + " ").close(), "the passphrase is not the file password");
        assertThrows(SQLException.class, () -> new Shell().runTool("-url", url, "-user", "fieldbook",
                "-password", "", "-sql", "SELECT COUNT(*) FROM ACCOUNT"), "nor can H2's shell");

        char[] filePassword = FolderKey.read(folder.resolve("fieldbook.key")).unlock(PASSPHRASE.clone(), folder);
        ByteArrayOutputStream shellOut = new ByteArrayOutputStream();
        Shell shell = new Shell();
        shell.setOut(new PrintStream(shellOut, true, StandardCharsets.UTF_8));
        shell.runTool("-url", url + ";CIPHER=AES", "-user", "fieldbook", "-password", new String(filePassword) + " ",
                "-sql", "SELECT NAME FROM ACCOUNT WHERE NAME = '" + SECRET_NAME + "'");
        assertTrue(shellOut.toString(StandardCharsets.UTF_8).contains(SECRET_NAME),
                "H2's shell reads it with the key the passphrase unseals: " + shellOut);

        StoreException missing = assertThrows(StoreException.class, () -> Database.open(folder));
        assertEquals("error.passphrase.needed", missing.messageKey());
        StoreException wrong = assertThrows(StoreException.class,
                () -> Database.open(folder, "correct horse battery stapler".toCharArray()));
        assertEquals("error.passphrase.wrong", wrong.messageKey());
        try (Database database = Database.open(folder, PASSPHRASE.clone())) {
            assertEquals(before, counts(database.store()));
            database.store().writeVoid(tx -> tx.accounts().insert(Account.create("After encrypting", null)));
        }
    }

    @Test
    void turningEncryptionOffAndChangingThePassphraseKeepEveryRecord() throws Exception {
        List<Long> before = fill(folder);
        char[] second = "a different passphrase".toCharArray();
        try (Database database = Database.open(folder)) {
            database.changeEncryption(null, PASSPHRASE.clone(), progress -> { });
        }
        byte[] firstKey = Files.readAllBytes(folder.resolve("fieldbook.key"));
        try (Database database = Database.open(folder, PASSPHRASE.clone())) {
            StoreException wrong = assertThrows(StoreException.class,
                    () -> database.changeEncryption("nope".toCharArray(), second.clone(), progress -> { }));
            assertEquals("error.passphrase.wrong", wrong.messageKey());
            assertEquals(before, counts(database.store()), "a refused change leaves the store usable");
            database.changeEncryption(PASSPHRASE.clone(), second.clone(), progress -> { });
        }
        assertFalse(java.util.Arrays.equals(firstKey, Files.readAllBytes(folder.resolve("fieldbook.key"))),
                "a new passphrase comes with a new file key");
        assertEquals("error.passphrase.wrong", assertThrows(StoreException.class,
                () -> Database.open(folder, PASSPHRASE.clone())).messageKey());
        List<Double> progress = new ArrayList<>();
        try (Database database = Database.open(folder, second.clone())) {
            assertEquals(before, counts(database.store()));
            database.changeEncryption(second.clone(), null, progress::add);
            assertFalse(database.encrypted());
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertFalse(Database.isEncrypted(folder));
        assertFalse(Files.exists(folder.resolve("fieldbook.key")));
        try (var plain = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("fieldbook").toAbsolutePath(),
                "fieldbook", "")) {
            assertTrue(plain.isValid(1), "plain H2 opens it again");
        }
        try (Database database = Database.open(folder)) {
            assertEquals(before, counts(database.store()));
        }
        assertArrayEquals(new String[0], leftovers(folder));
    }

    @Test
    void aConversionThatFailsBeforeItsMarkerLeavesTheOldDatabaseInUse() throws Exception {
        List<Long> before = fill(folder);
        for (EncryptionConversion.Step step : new EncryptionConversion.Step[] {EncryptionConversion.Step.STARTED,
                EncryptionConversion.Step.HALF_COPIED, EncryptionConversion.Step.COPIED,
                EncryptionConversion.Step.VERIFIED}) {
            try (Database database = Database.open(folder)) {
                assertThrows(StoreException.class, () -> database.changeEncryption(null, PASSPHRASE.clone(),
                        progress -> { }, reached -> {
                            if (reached == step) {
                                throw new IllegalStateException("disk full at " + step);
                            }
                        }));
                assertFalse(database.encrypted(), step.name());
                database.store().writeVoid(tx -> tx.accounts().insert(Account.create("After " + step, null)));
            }
            assertFalse(Database.isEncrypted(folder));
            assertArrayEquals(new String[0], leftovers(folder), step.name());
        }
        try (Database database = Database.open(folder)) {
            assertEquals(before.get(0) + 4, counts(database.store()).get(0));
        }
    }

    @Test
    void aBackupOfAnEncryptedDatabaseStaysEncryptedAndRestoresOnlyWithThePassphrase(@TempDir Path other)
            throws Exception {
        List<Long> before = fill(folder);
        Path backup = folder.resolve("backups").resolve("manual.zip");
        try (Database database = Database.open(folder)) {
            database.changeEncryption(null, PASSPHRASE.clone(), progress -> { });
            DatabaseBackups.backup(database.store(), folder, backup);
        }
        assertTrue(DatabaseBackups.encrypted(backup));
        try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
            byte[] db = zip.getInputStream(zip.getEntry("fieldbook.mv.db")).readAllBytes();
            assertFalse(new String(db, StandardCharsets.ISO_8859_1).contains(SECRET_NAME), "no name in the clear");
            assertTrue(new String(db, 0, 9, StandardCharsets.ISO_8859_1).startsWith("H2encrypt"));
        }
        StoreException needed = assertThrows(StoreException.class, () -> DatabaseBackups.restore(other, backup));
        assertEquals("error.passphrase.needed", needed.messageKey());
        assertFalse(Files.exists(other.resolve("fieldbook.mv.db")), "nothing half-restored");
        DatabaseBackups.restore(other, backup, PASSPHRASE.clone());
        try (Database restored = Database.open(other, PASSPHRASE.clone())) {
            assertEquals(before, counts(restored.store()));
        }
    }

    /** Accounts with five contacts each; returns the live counts of both. */
    static List<Long> fill(Path folder) {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            store.writeVoid(tx -> tx.accounts().insert(Account.create(SECRET_NAME, null)));
            for (int batch = 0; batch < 4; batch++) {
                int first = batch * 50;
                store.writeVoid(tx -> {
                    for (int number = first; number < first + 50; number++) {
                        Account account = tx.accounts().insert(Account.create("Account " + number, null));
                        for (int c = 0; c < 5; c++) {
                            tx.contacts().insert(Contact.create(account.id(), "Contact " + number + "." + c));
                        }
                    }
                });
            }
            return counts(store);
        }
    }

    static List<Long> counts(Store store) {
        return List.of(store.read(tx -> tx.accounts().countLive()), store.read(tx -> tx.contacts().countLive()),
                store.read(tx -> (long) tx.changeLog().outboxAfter(0, Integer.MAX_VALUE).size()));
    }

    static String[] leftovers(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.contains("converted") || n.contains("conversion") || n.endsWith(".new"))
                    .toArray(String[]::new);
        }
    }
}
