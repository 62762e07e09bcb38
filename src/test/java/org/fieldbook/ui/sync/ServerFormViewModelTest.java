package org.fieldbook.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldbook.store.Database;
import org.fieldbook.sync.Backoff;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.server.ServerAccount;
import org.fieldbook.sync.server.TestPostgres;
import org.fieldbook.sync.team.Keychain;
import org.fieldbook.sync.team.MemoryKeychain;
import org.fieldbook.sync.team.TeamSync;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SyncFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync screen's folder-or-server choice and server form, against a real PostgreSQL, without the toolkit. */
class ServerFormViewModelTest {
    private static TestPostgres.Server server;
    private static ServerAccount ana;
    private static String loner;

    @TempDir
    Path temp;

    final Messages messages = Messages.load(Locale.ENGLISH);
    final List<Throwable> reported = new ArrayList<>();
    final List<String> announced = new ArrayList<>();
    Database laptop;
    TeamSync teamSync;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestPostgres.newServer();
        server.createTeam("Field");
        ana = server.addUser("Field", "ana");
        ServerAccount left = server.addUser("Field", "loner");
        server.execute("DELETE FROM fieldbook.member WHERE login = '" + left.user() + "'");
        loner = left.user();
    }

    @AfterEach
    void close() {
        teamSync.close();
        laptop.close();
    }

    ServerFormViewModel form(Keychain keychain) {
        if (laptop == null) {
            laptop = Database.open(temp.resolve("laptop"));
            teamSync = new TeamSync(laptop.store(), new SyncEngine(laptop.store()), () -> "laptop", keychain,
                    new Backoff(java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(5), 0.2, () -> 0.5));
        }
        ServerFormViewModel form = new ServerFormViewModel(teamSync, new SyncFeed(Runnable::run),
                BackgroundRunner.inline(), reported::add, messages, announced::add);
        form.load();
        return form;
    }

    void fill(ServerFormViewModel form, String url, String user, String password, String sslMode) {
        form.urlProperty().set(url);
        form.userProperty().set(user);
        form.passwordProperty().set(password);
        form.sslModeProperty().set(sslMode);
    }

    @Test
    void theChoiceOfFolderOrServerIsSavedAndReadBack() {
        ServerFormViewModel form = form(new MemoryKeychain());
        assertFalse(form.serverProperty().get(), "a new installation syncs through a folder");
        form.serverProperty().set(true);
        assertEquals(TeamSync.Target.SERVER, teamSync.target());
        assertTrue(form(new MemoryKeychain()).serverProperty().get(), "the next screen reads the choice back");
        form.serverProperty().set(false);
        assertEquals(TeamSync.Target.FOLDER, teamSync.target());
        assertEquals(List.of(), reported);
    }

    @Test
    void testConnectionSaysInOneSentenceWhatIsWrongAndSavesNothing() {
        ServerFormViewModel form = form(new MemoryKeychain());
        fill(form, server.url(), ana.user(), "pw-" + ana.user(), "disable");
        form.testConnection();
        assertEquals("Connected: " + ana.user() + " is a member of the team Field.", form.checkMessageProperty().get());
        assertFalse(form.checkFailedProperty().get());
        assertEquals("Field", form.teamProperty().get(), "the team is filled in from the server");

        form.passwordProperty().set("wrong");
        form.testConnection();
        assertTrue(form.checkFailedProperty().get());
        assertEquals(messages.get("sync.server.problem.WRONG_LOGIN"), form.checkMessageProperty().get());

        fill(form, server.url(), loner, "pw-" + loner, "disable");
        form.teamProperty().set("");
        form.testConnection();
        assertEquals(messages.get("sync.server.problem.NOT_A_MEMBER"), form.checkMessageProperty().get());

        fill(form, server.url(), ana.user(), "pw-" + ana.user(), "disable");
        form.teamProperty().set("Sales");
        form.testConnection();
        assertEquals(messages.get("sync.server.problem.WRONG_TEAM"), form.checkMessageProperty().get());
        form.teamProperty().set("");

        form.sslModeProperty().set("require"); // the test server has no TLS
        form.testConnection();
        assertEquals(messages.get("sync.server.problem.NO_TLS"), form.checkMessageProperty().get());

        fill(form, "jdbc:postgresql://no-such-host.invalid/fieldbook", ana.user(), "x", "disable");
        form.testConnection();
        assertEquals(messages.get("sync.server.problem.UNKNOWN_HOST"), form.checkMessageProperty().get());

        assertTrue(teamSync.server().isEmpty(), "testing saves nothing");
        assertEquals(TeamSync.Target.FOLDER, teamSync.target());
        assertEquals(List.of(), reported);
    }

    @Test
    void badInputIsMarkedAtItsFieldAndNotTried() {
        ServerFormViewModel form = form(new MemoryKeychain());
        fill(form, "db.example.com", "ana", "x", "disable");
        form.testConnection();
        assertEquals(messages.get("sync.server.url.invalid"), form.urlErrorProperty().get());
        assertEquals("", form.checkMessageProperty().get());
        fill(form, "jdbc:postgresql://db.example.com/fb", " ", "x", "disable");
        form.useServer();
        assertEquals(messages.get("sync.server.user.missing"), form.userErrorProperty().get());
        fill(form, "jdbc:postgresql://db.example.com/fb", "ana", "", "disable");
        form.useServer();
        assertEquals(messages.get("sync.server.password.missing"), form.passwordErrorProperty().get());
        assertTrue(teamSync.server().isEmpty(), "nothing half-saved");
    }

    @Test
    void usingTheServerSavesItChoosesItAndEmptiesThePasswordField() {
        ServerFormViewModel form = form(new MemoryKeychain());
        fill(form, server.url(), ana.user(), "pw-" + ana.user(), "disable");
        form.useServer();
        assertTrue(form.savedProperty().get());
        assertTrue(form.serverProperty().get());
        assertEquals("", form.passwordProperty().get());
        assertEquals(messages.get("sync.server.password.stored"), form.passwordHintProperty().get());
        assertEquals(TeamSync.Target.SERVER, teamSync.target());
        assertEquals(server.url(), teamSync.server().orElseThrow().url());
        assertTrue(teamSync.hasServerPassword());
        assertEquals(List.of(), reported);
    }

    @Test
    void withoutAKeychainTheHintSaysThePasswordLastsThisSessionOnly() {
        ServerFormViewModel form = form(Keychain.none());
        assertEquals(messages.get("sync.server.password.noKeychain"), form.passwordHintProperty().get());
        fill(form, server.url(), ana.user(), "pw-" + ana.user(), "disable");
        form.useServer();
        assertEquals(messages.get("sync.server.password.session"), form.passwordHintProperty().get());
    }
}
