package org.fieldbook.sync.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.fieldbook.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordVaultTest {
    private static final String ACCOUNT = "jdbc:postgresql://db.example.com/fieldbook?sslmode=verify-full\nana";
    private static final String PASSWORD = "Correct-Horse-Battery-9";
    private static final UUID DEVICE = UUID.fromString("0190f6a0-0000-7000-8000-000000000001");

    @TempDir
    Path temp;

    @Test
    void aSavedPasswordComesBackInTheNextSessionAndIsNotInTheDatabaseFiles() throws IOException {
        MemoryKeychain keychain = new MemoryKeychain();
        Path folder = temp.resolve("laptop");
        try (Database laptop = Database.open(folder)) {
            PasswordVault vault = new PasswordVault(laptop.store(), keychain, () -> DEVICE);
            assertTrue(vault.save(ACCOUNT, PASSWORD.toCharArray()), "kept across sessions with a keychain");
            String sealed = laptop.store().read(tx -> tx.settings().get(PasswordVault.SETTING)).orElseThrow();
            assertTrue(sealed.startsWith("aesgcm1:"), sealed);
            assertFalse(sealed.contains(PASSWORD));
        }
        try (Database again = Database.open(folder)) {
            PasswordVault nextSession = new PasswordVault(again.store(), keychain, () -> DEVICE);
            assertArrayEquals(PASSWORD.toCharArray(), nextSession.password(ACCOUNT).orElseThrow());
            assertTrue(nextSession.password(ACCOUNT + "-other").isEmpty(), "sealed for one server and login only");
        }
        assertEquals(1, keychain.secrets.size(), "one key, in the keychain");
        assertFalse(anyFileContains(folder, PASSWORD.getBytes(StandardCharsets.UTF_8)));
        assertFalse(anyFileContains(folder, PASSWORD.getBytes(StandardCharsets.UTF_16BE)));
        assertFalse(anyFileContains(folder, PASSWORD.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void withoutAKeychainThePasswordLastsOneSessionAndIsAskedForInTheNext() throws IOException {
        Path folder = temp.resolve("laptop");
        try (Database laptop = Database.open(folder)) {
            PasswordVault vault = new PasswordVault(laptop.store(), Keychain.none(), () -> DEVICE);
            assertFalse(vault.keepsAcrossSessions());
            assertFalse(vault.save(ACCOUNT, PASSWORD.toCharArray()));
            assertArrayEquals(PASSWORD.toCharArray(), vault.password(ACCOUNT).orElseThrow(), "this session");
            assertEquals("", laptop.store().read(tx -> tx.settings().get(PasswordVault.SETTING)).orElseThrow());
        }
        try (Database again = Database.open(folder)) {
            assertTrue(new PasswordVault(again.store(), Keychain.none(), () -> DEVICE).password(ACCOUNT).isEmpty(),
                    "asked for again");
        }
        assertFalse(anyFileContains(folder, PASSWORD.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeyLostFromTheKeychainMeansAskingAgainNotFailing() throws IOException {
        MemoryKeychain keychain = new MemoryKeychain();
        try (Database laptop = Database.open(temp.resolve("laptop"))) {
            new PasswordVault(laptop.store(), keychain, () -> DEVICE).save(ACCOUNT, PASSWORD.toCharArray());
            keychain.secrets.clear();
            assertTrue(new PasswordVault(laptop.store(), keychain, () -> DEVICE).password(ACCOUNT).isEmpty());
            keychain.secrets.put("server-key-" + DEVICE, java.util.Base64.getEncoder().encodeToString(new byte[32]));
            assertTrue(new PasswordVault(laptop.store(), keychain, () -> DEVICE).password(ACCOUNT).isEmpty(),
                    "another key does not open it");
        }
    }

    @Test
    void forgettingWipesMemoryAndTheStoredCopy() {
        MemoryKeychain keychain = new MemoryKeychain();
        try (Database laptop = Database.open(temp.resolve("laptop"))) {
            PasswordVault vault = new PasswordVault(laptop.store(), keychain, () -> DEVICE);
            vault.save(ACCOUNT, PASSWORD.toCharArray());
            vault.forget();
            assertTrue(vault.password(ACCOUNT).isEmpty());
            assertTrue(new PasswordVault(laptop.store(), keychain, () -> DEVICE).password(ACCOUNT).isEmpty());
        }
    }

    private static boolean anyFileContains(Path folder, byte[] needle) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
