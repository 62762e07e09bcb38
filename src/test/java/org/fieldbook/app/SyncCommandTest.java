package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.domain.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {
    @TempDir
    Path temp;

    @Test
    void twoDataFoldersExchangeThroughASharedFolder() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("share"));
        try (AppContext a = AppContext.open(temp.resolve("a"))) {
            a.accounts().create(Account.create("Acme", null));
        }
        CommandRun push = fieldbook("sync", "--folder", shared.toString(), "--data-dir", temp.resolve("a").toString());
        assertEquals(0, push.exitCode(), push.err());
        assertTrue(push.out().startsWith("pushed 1 changes in 1 segments, pulled 0"), push.out());

        CommandRun pull = fieldbook("sync", "--folder", shared.toString(), "--data-dir", temp.resolve("b").toString());
        assertEquals(0, pull.exitCode(), pull.err());
        assertTrue(pull.out().contains("pulled 1, 0 waiting, 0 conflicts"), pull.out());
        CommandRun stats = fieldbook("stats", "--json", "--data-dir", temp.resolve("b").toString());
        assertTrue(stats.out().contains("\"account\":1"), stats.out());
    }

    @Test
    void aWrongPassphraseIsOneLineAndExitCodeTwo() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("share"));
        Path right = Files.writeString(temp.resolve("right.txt"), "open sesame\n");
        Path wrong = Files.writeString(temp.resolve("wrong.txt"), "open barley\n");
        assertEquals(0, fieldbook("sync", "--folder", shared.toString(), "--passphrase-file", right.toString(),
                "--data-dir", temp.resolve("a").toString()).exitCode());

        CommandRun refused = fieldbook("sync", "--folder", shared.toString(), "--passphrase-file", wrong.toString(),
                "--data-dir", temp.resolve("b").toString());

        assertEquals(2, refused.exitCode());
        assertEquals("fieldbook: the team passphrase is not right", refused.err().strip());
        assertEquals(1, refused.err().strip().lines().count());
    }

    @Test
    void anUnreachableFolderIsOneLineAndExitCodeTwo() {
        CommandRun refused = fieldbook("sync", "--folder", temp.resolve("not-mounted").toString(), "--data-dir",
                temp.resolve("a").toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().startsWith("fieldbook: cannot sync with "), refused.err());
        assertEquals(1, refused.err().strip().lines().count());
    }
}
