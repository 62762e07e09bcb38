package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.domain.Account;
import org.fieldbook.sync.server.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server init}, {@code server add-user} and {@code sync --server} from the command line. */
class ServerCommandTest {
    @TempDir
    Path temp;

    @Test
    void anAdminSetsUpATeamAndTwoDataFoldersSyncThroughTheServer() throws Exception {
        TestPostgres.EmptyDatabase db = TestPostgres.newEmptyDatabase();
        Path adminPassword = Files.writeString(temp.resolve("admin.txt"), db.adminPassword() + "\n");
        Path password = Files.writeString(temp.resolve("dana.txt"), "dana's long password\n");
        String login = "dana_" + Long.toHexString(System.nanoTime());

        CommandRun init = fieldbook("server", "init", "--url", db.url(), "--team", "North", "--run", "--admin", db.admin(),
                "--admin-password-file", adminPassword.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().startsWith("schema fieldbook ready (2 migrations applied now); team North ready"),
                init.out());
        CommandRun add = fieldbook("server", "add-user", "--url", db.url(), "--team", "North", "--user", login,
                "--user-password-file", password.toString(), "--run", "--admin", db.admin(),
                "--admin-password-file", adminPassword.toString());
        assertEquals(0, add.exitCode(), add.err());

        try (AppContext a = AppContext.open(temp.resolve("a"))) {
            a.accounts().create(Account.create("Acme", null));
        }
        CommandRun push = fieldbook("sync", "--server", db.url(), "--user", login, "--password-file", password.toString(),
                "--data-dir", temp.resolve("a").toString());
        assertEquals(0, push.exitCode(), push.err());
        assertTrue(push.out().startsWith("team North: pushed 1 changes, pulled 0"), push.out());
        CommandRun pull = fieldbook("sync", "--server", db.url(), "--user", login, "--password-file", password.toString(),
                "--data-dir", temp.resolve("b").toString());
        assertEquals(0, pull.exitCode(), pull.err());
        assertTrue(pull.out().startsWith("team North: pushed 0 changes, pulled 1"), pull.out());

        CommandRun wrong = fieldbook("sync", "--server", db.url(), "--user", login, "--password-file",
                adminPassword.toString(), "--data-dir", temp.resolve("b").toString());
        assertEquals(2, wrong.exitCode());
        assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
        assertTrue(wrong.err().contains("refused the login " + login), wrong.err());
    }

    @Test
    void printedSetUpQuotesWhatItIsGivenAndHoldsNoPlainPassword() throws Exception {
        Path password = Files.writeString(temp.resolve("p.txt"), "a secret password\n");
        CommandRun init = fieldbook("server", "init", "--url", "jdbc:postgresql://db.example.com/crm", "--team",
                "O'Brien's team");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("VALUES (gen_random_uuid(), 'O''Brien''s team')"), init.out());
        CommandRun add = fieldbook("server", "add-user", "--url", "jdbc:postgresql://db.example.com/crm", "--team", "T",
                "--user", "erin", "--user-password-file", password.toString());
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(add.out().contains("PASSWORD 'SCRAM-SHA-256$4096:"), add.out());
        assertTrue(!add.out().contains("a secret password"), add.out());
    }

    @Test
    void badInputIsOneLineWithExitCode2AndAnUnreachableServerOneLineWithExitCode1() throws Exception {
        Path password = Files.writeString(temp.resolve("p.txt"), "whatever-password\n");
        CommandRun notUrl = fieldbook("sync", "--server", "db.example.com", "--user", "u", "--password-file",
                password.toString(), "--data-dir", temp.resolve("a").toString());
        assertEquals(2, notUrl.exitCode());
        assertTrue(notUrl.err().startsWith("fieldbook: not a PostgreSQL server URL: 'db.example.com'"), notUrl.err());
        assertEquals(1, notUrl.err().strip().lines().count());

        CommandRun both = fieldbook("sync", "--server", "jdbc:postgresql://h/db", "--folder", temp.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().startsWith("fieldbook: give either --folder DIR or --server URL"), both.err());
        CommandRun noUser = fieldbook("sync", "--server", "jdbc:postgresql://h/db");
        assertEquals(2, noUser.exitCode());
        assertTrue(noUser.err().startsWith("fieldbook: --server needs --user LOGIN"), noUser.err());
        CommandRun badLogin = fieldbook("server", "add-user", "--url", "jdbc:postgresql://h/db", "--team", "T", "--user",
                "Robert'); DROP");
        assertEquals(2, badLogin.exitCode());
        assertTrue(badLogin.err().startsWith("fieldbook: not a login name Fieldbook sets up"), badLogin.err());

        CommandRun offline = fieldbook("sync", "--server", "jdbc:postgresql://127.0.0.1:1/crm", "--user", "u",
                "--password-file", password.toString(), "--data-dir", temp.resolve("a").toString());
        assertEquals(1, offline.exitCode());
        assertEquals(1, offline.err().strip().lines().count(), offline.err());
        assertTrue(offline.err().startsWith("fieldbook: the sync server 127.0.0.1:1/crm cannot be reached"),
                offline.err());
    }

    @Test
    void withNeitherAPasswordFileNorASavedPasswordItIsOneLineAndExitCode2() throws Exception {
        Path data = temp.resolve("a");
        try (AppContext context = AppContext.open(data)) {
            // the Sync screen saved this server; this machine has no keychain, so its password lasted one session
            context.teamSync().useServer(new org.fieldbook.sync.team.ServerSettings("jdbc:postgresql://h/db", "u",
                    "verify-full", ""), "session-only".toCharArray());
        }
        CommandRun asked = fieldbook("sync", "--server", "jdbc:postgresql://h/db?sslmode=verify-full", "--user", "u",
                "--data-dir", data.toString());
        assertEquals(2, asked.exitCode(), asked.err());
        assertEquals(1, asked.err().strip().lines().count(), asked.err());
        assertTrue(asked.err().startsWith("fieldbook: no password: give --password-file FILE"), asked.err());
        CommandRun empty = fieldbook("sync", "--server", "jdbc:postgresql://h/db", "--user", "u", "--password-file",
                Files.writeString(temp.resolve("empty.txt"), "\n").toString(), "--data-dir", data.toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().startsWith("fieldbook: the password file"), empty.err());
    }
}
