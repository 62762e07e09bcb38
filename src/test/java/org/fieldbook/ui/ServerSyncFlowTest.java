package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.fieldbook.domain.Account;
import org.fieldbook.sync.server.ServerAccount;
import org.fieldbook.sync.server.TcpRelay;
import org.fieldbook.sync.server.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sync screen set up for a sync server, through the real window and a real PostgreSQL: choose the server,
 * fill the form, test the connection, use it, sync now, see "Synced"; the server goes away: the status bar says
 * offline and counts down to the next try; it comes back: "Sync now" syncs at once. Writes
 * docs/screenshots/sync-server.png.
 */
class ServerSyncFlowTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path temp;

    @Test
    void setUpAServerSyncLoseItAndComeBack() throws Exception {
        TestPostgres.Server server = TestPostgres.newServer();
        server.createTeam("Field");
        ServerAccount ana = server.addUser("Field", "ana");
        Path folder = temp.resolve("ana");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ui.properties"), "window.width=1280\nwindow.height=780\nsection=SYNC\n");
        FieldbookWindow.prepare(folder, "Ana Lima", "EUR",
                context -> context.accounts().create(Account.create("Acme Tools", null)));
        try (TcpRelay relay = new TcpRelay(server.url());
             FieldbookWindow window = FieldbookWindow.open(folder)) {
            var robot = window.robot;
            robot.clickOn("#serverChoice");
            window.await("#serverUrlField", TextField.class);
            robot.clickOn("#serverUrlField").write(relay.url(server.url()));
            robot.clickOn("#serverUserField").write(ana.user());
            robot.clickOn("#serverPasswordField").write("pw-" + ana.user());
            window.fx(() -> {
                robot.lookup("#serverSslBox").queryAs(ComboBox.class).setValue("disable");
                return null;
            });
            robot.clickOn("#testConnectionButton");
            window.waitUntil("the test connects", () -> label(window, "#serverCheckLabel").startsWith("Connected"));

            robot.clickOn("#useServerButton");
            robot.clickOn("#syncNowButton");
            window.waitUntil("the status bar says synced", () -> status(window).startsWith("Synced at"));
            assertTrue(server.count("SELECT count(*) FROM fieldbook.change") > 0, "Ana's changes are on the server");
            window.fx(() -> {
                robot.lookup("#serverPasswordField").query().requestFocus(); // no focus ring on a button
                // the picture shows the mode to use on a real network and its help line; the form is not saved again
                robot.lookup("#serverSslBox").queryAs(ComboBox.class).setValue("verify-full");
                return null;
            });
            WritableImage image = window.fx(() -> robot.lookup("#syncNowButton").query().getScene().snapshot(null));
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve("sync-server.png")
                    .toFile());

            relay.stop();
            robot.clickOn("#syncNowButton");
            window.waitUntil("the status bar says offline and when it tries again",
                    () -> status(window).startsWith("Offline — retrying in"));
            String first = status(window);
            window.waitUntil("the countdown moves", () -> !status(window).equals(first)
                    && status(window).startsWith("Offline"));
            assertTrue(label(window, "#problemLabel").contains("does not answer"), label(window, "#problemLabel"));

            relay.start();
            robot.clickOn("#syncNowButton");
            window.waitUntil("Sync now does not wait out the back-off", () -> status(window).startsWith("Synced at"));
        }
    }

    /**
     * A session after one without a keychain (as this build machine is: no Secret Service answers in tests):
     * the saved server's password is asked for in a dialog, and once given the window syncs.
     */
    @Test
    void withoutAKeychainTheNextSessionAsksForThePasswordInADialog() throws Exception {
        TestPostgres.Server server = TestPostgres.newServer();
        server.createTeam("Field");
        ServerAccount bo = server.addUser("Field", "bo");
        Path folder = temp.resolve("bo");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ui.properties"), "window.width=1280\nwindow.height=780\nsection=ACCOUNTS\n");
        FieldbookWindow.prepare(folder, "Bo Chen", "EUR", context -> {
            boolean kept = context.teamSync().useServer(new org.fieldbook.sync.team.ServerSettings(server.url(),
                    bo.user(), "disable", ""), ("pw-" + bo.user()).toCharArray());
            assertTrue(!kept, "this test needs a machine without a keychain");
        });
        try (FieldbookWindow window = FieldbookWindow.open(folder)) {
            window.waitUntil("the status bar asks for the password",
                    () -> status(window).startsWith("Server password needed"));
            window.await("#passwordPromptField", javafx.scene.control.PasswordField.class);
            window.robot.clickOn("#passwordPromptField").write("pw-" + bo.user());
            window.robot.clickOn("#passwordPromptOk");
            window.waitUntil("the window syncs with it", () -> status(window).startsWith("Synced at"));
        }
    }

    @Test
    void theServerFormInSimplifiedChinese() throws Exception {
        Path folder = temp.resolve("wang");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ui.properties"), "window.width=1280\nwindow.height=780\nsection=SYNC\n");
        FieldbookWindow.prepare(folder, "王芳", "CNY", context -> { });
        java.util.Locale before = java.util.Locale.getDefault();
        System.setProperty("fieldbook.locale", "zh-CN");
        try (FieldbookWindow window = FieldbookWindow.open(folder)) {
            window.robot.clickOn("#serverChoice");
            window.await("#serverUrlField", TextField.class);
            window.fx(() -> {
                window.robot.lookup("#serverUrlField").queryAs(TextField.class)
                        .setText("jdbc:postgresql://db.example.com/fieldbook");
                window.robot.lookup("#serverUserField").queryAs(TextField.class).setText("wang_fang");
                return null;
            });
            window.robot.clickOn("#useServerButton"); // no password typed: said at the field, nothing saved
            window.waitUntil("the missing password is said at its field",
                    () -> label(window, "#serverPasswordError").equals("请输入密码。"));
            WritableImage image = window.fx(() -> window.robot.lookup("#syncNowButton").query().getScene()
                    .snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve("sync-server-zh_CN.png")
                    .toFile());
        } finally {
            System.clearProperty("fieldbook.locale");
            java.util.Locale.setDefault(before);
        }
    }

    private static String status(FieldbookWindow window) {
        return window.robot.lookup("#syncStatusButton").queryAs(Button.class).getText();
    }

    private static String label(FieldbookWindow window, String id) {
        return window.robot.lookup(id).queryAs(Label.class).getText();
    }
}
