package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javax.imageio.ImageIO;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real window: an encrypted data folder asks for its passphrase before the main window, says a
 * wrong one at the field and opens with the right one; Edit › Security… turns the encryption off again.
 * Writes docs/screenshots/unlock-wrong-passphrase.png and security-settings.png.
 */
class EncryptedStartFlowTest {
    private static final String PASSPHRASE = "tea on the 7:15 from Lanzhou";
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @BeforeAll
    static void fewerKeyRounds() {
        System.setProperty("fieldbook.keyIterations", "10000");
    }

    @Test
    void aWrongPassphraseIsSaidAtTheFieldTheRightOneOpensAndSecurityTurnsEncryptionOff() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> {
            context.store().writeVoid(tx -> tx.accounts().insert(Account.create("Acme Tools", null)));
            context.encryption().turnOn(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), progress -> { });
        });
        assertTrue(Database.isEncrypted(dataFolder));
        Messages messages = Messages.load(java.util.Locale.ENGLISH);
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            PasswordField field = window.await("#passphraseField", PasswordField.class);
            assertTrue(robot.lookup("#accountsTable").tryQuery().isEmpty(), "no data shows before the passphrase");
            robot.clickOn(field).write("tea on the 7:16 from Lanzhou");
            robot.clickOn("#unlockButton");
            Label error = window.await("#passphraseError", Label.class);
            window.waitUntil("the wrong passphrase is said at the field", error::isVisible);
            assertEquals(messages.get("passphrase.wrong"), window.fx(error::getText));
            shoot(window, error, "unlock-wrong-passphrase.png");

            window.fx(() -> {
                field.clear();
                return null;
            });
            robot.clickOn(field).write(PASSPHRASE);
            robot.clickOn("#unlockButton");
            window.await("#accountsTable", Node.class);
            window.waitUntil("the accounts are shown", () -> window.rows("#accountsTable") == 1);

            window.fx(() -> {
                MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
                MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "securityItem".equals(i.getId())).findFirst().orElseThrow();
                item.fire();
                return null;
            });
            Label state = window.await("#securityState", Label.class);
            window.waitUntil("it says the data is encrypted", () -> state.getText()
                    .equals(messages.get("security.stateOn")));
            robot.clickOn("#newPassphraseField").write("password1");
            Label strength = window.await("#strengthHint", Label.class);
            assertEquals(messages.get("security.strength.WEAK"), window.fx(strength::getText));
            robot.clickOn("#newPassphraseField").write(" on a long slow train");
            assertEquals(messages.get("security.strength.STRONG"), window.fx(strength::getText));
            shoot(window, state, "security-settings.png");

            robot.clickOn("#turnOffChoice");
            window.waitUntil("the new passphrase is not asked to turn off",
                    () -> !robot.lookup("#newPassphraseField").queryAs(Node.class).getParent().isVisible());
            // the robot types key by key: Apply must not be fired before the last key has landed
            robot.clickOn("#currentPassphraseField").write("not the passphrase");
            typed(window, "not the passphrase");
            apply(window);
            window.waitUntil("the wrong current passphrase is said at its field", () -> robot.lookup(".field-error")
                    .queryAllAs(Label.class).stream().anyMatch(l -> l.isVisible()
                            && l.getText().equals(messages.get("passphrase.wrong"))));
            window.fx(() -> {
                robot.lookup("#currentPassphraseField").queryAs(PasswordField.class).clear();
                return null;
            });
            robot.clickOn("#currentPassphraseField").write(PASSPHRASE);
            typed(window, PASSPHRASE);
            apply(window);
            Label outcome = window.await("#securityOutcome", Label.class);
            window.waitUntil("the conversion finished", () -> outcome.getText()
                    .equals(messages.get("security.done.turnOff")));
            assertEquals(messages.get("security.stateOff"), window.fx(state::getText));
            robot.clickOn("#closeButton");
            window.waitUntil("the accounts are still shown", () -> window.rows("#accountsTable") == 1);
        }
        assertFalse(Database.isEncrypted(dataFolder));
        assertEquals(1L, FieldbookWindow.counts(dataFolder).get("account"));
    }

    /** Fires Apply: the dialog shrinks when rows hide, and a click may land where the button was. */
    /** The robot types key by key: Apply must not be fired before the field holds the whole passphrase. */
    private static void typed(FieldbookWindow window, String passphrase) throws Exception {
        window.waitUntil("the passphrase is typed", () -> passphrase.equals(
                window.robot.lookup("#currentPassphraseField").queryAs(PasswordField.class).getText()));
    }

    private static void apply(FieldbookWindow window) {
        window.fx(() -> {
            window.robot.lookup("#applyButton").queryAs(javafx.scene.control.Button.class).fire();
            return null;
        });
    }

    private static void shoot(FieldbookWindow window, Node inDialog, String fileName) throws Exception {
        var image = window.fx(() -> inDialog.getScene().snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(picture, "png", SCREENSHOTS.resolve(fileName).toFile());
    }
}
