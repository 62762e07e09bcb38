package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** encrypt and decrypt on the command line, and the commands that open an encrypted data folder. */
class EncryptCommandsTest {
    @TempDir
    Path temp;

    @BeforeAll
    static void fewerKeyRounds() {
        System.setProperty("fieldbook.keyIterations", "10000");
    }

    private String file(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    private static void assertOneLineError(CommandRun run, String says) {
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("fieldbook: ") && run.err().contains(says), run.err());
    }

    @Test
    void encryptingAndDecryptingKeepEveryRecordAndTheCommandsNeedThePassphraseBetween() throws Exception {
        String data = temp.resolve("data").toString();
        assertEquals(0, fieldbook("demo-data", "--seed", "5", "--opportunities", "200", "--data-dir", data).exitCode());
        String stats = fieldbook("stats", "--json", "--data-dir", data).out();
        String report = fieldbook("report", "--json", "--data-dir", data).out();
        String first = file("first.txt", "tea on the 7:15 from Lanzhou\n");
        String second = file("second.txt", "敏捷的棕色狐狸跳过懒狗\r\n");

        assertOneLineError(fieldbook("encrypt", "--new-passphrase-file", file("short.txt", "abc"), "--data-dir", data),
                "at least 8");
        CommandRun encrypt = fieldbook("encrypt", "--new-passphrase-file", first, "--data-dir", data);
        assertEquals(0, encrypt.exitCode(), encrypt.err());
        assertTrue(encrypt.out().startsWith("encrypted "), encrypt.out());

        assertOneLineError(fieldbook("stats", "--json", "--data-dir", data), "is encrypted");
        assertOneLineError(fieldbook("stats", "--json", "--data-passphrase-file", second, "--data-dir", data),
                "wrong passphrase");
        assertEquals(stats, fieldbook("stats", "--json", "--data-passphrase-file", first, "--data-dir", data).out());
        assertEquals(report, fieldbook("report", "--json", "--data-passphrase-file", first, "--data-dir", data).out());

        String backup = temp.resolve("encrypted.zip").toString();
        assertEquals(0, fieldbook("backup", "--out", backup, "--data-passphrase-file", first, "--data-dir", data)
                .exitCode());
        String restored = temp.resolve("restored").toString();
        assertOneLineError(fieldbook("restore", "--file", backup, "--yes", "--data-dir", restored), "is encrypted");
        assertEquals(0, fieldbook("restore", "--file", backup, "--yes", "--data-passphrase-file", first,
                "--data-dir", restored).exitCode());
        assertEquals(stats, fieldbook("stats", "--json", "--data-passphrase-file", first, "--data-dir", restored)
                .out());

        CommandRun change = fieldbook("encrypt", "--new-passphrase-file", second, "--data-passphrase-file", first,
                "--data-dir", data);
        assertEquals(0, change.exitCode(), change.err());
        assertOneLineError(fieldbook("stats", "--data-passphrase-file", first, "--data-dir", data),
                "wrong passphrase");
        assertOneLineError(fieldbook("decrypt", "--data-passphrase-file", first, "--data-dir", data),
                "wrong passphrase");
        CommandRun decrypt = fieldbook("decrypt", "--data-passphrase-file", second, "--data-dir", data);
        assertEquals(0, decrypt.exitCode(), decrypt.err());
        assertEquals(stats, fieldbook("stats", "--json", "--data-dir", data).out());
        assertEquals(report, fieldbook("report", "--json", "--data-dir", data).out());
        assertOneLineError(fieldbook("decrypt", "--data-dir", data), "not encrypted");
    }

    @Test
    void thePassphraseComesFromTheFileElseTheVariableAndAFileKeepsItsSpacesButNotItsLineBreak() throws Exception {
        Path withBom = Path.of(file("bom.txt", "\uFEFF two  words \nsecond line"));
        assertArrayEquals(" two  words ".toCharArray(), CommandPassphrase.fromFile(withBom));
        assertArrayEquals(" two  words ".toCharArray(), CommandPassphrase.read(withBom, CommandPassphrase.VARIABLE,
                Map.of(CommandPassphrase.VARIABLE, "from the variable"), null, ""));
        assertArrayEquals("from the variable".toCharArray(), CommandPassphrase.read(null, CommandPassphrase.VARIABLE,
                Map.of(CommandPassphrase.VARIABLE, "from the variable"), null, ""));
        assertNull(CommandPassphrase.read(null, CommandPassphrase.VARIABLE, Map.of(), null, ""));
    }
}
