package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.SourceChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pictures of the global search, the shortcuts sheet (F1) and Help › About: the main window with
 * the box or dialog drawn over it where it stands, as the user sees them.
 */
class HelpScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void searchShortcutsAndAbout() throws Exception {
        Files.writeString(dataFolder.resolve("ui.properties"),
                "theme=light\nwindow.width=1280\nwindow.height=780\nsection=ACCOUNTS\n");
        FieldbookWindow.prepare(dataFolder, "Ada Lovelace", "EUR", context -> {
            ScreenshotTest.seed(context, "EUR", false);
            UUID me = context.profile().profile().orElseThrow().me().id();
            UUID acme = context.accounts().list().get(0).account().id();
            context.leads().create(Lead.create("Alma Ortiz", "Alder Construction", SourceChannel.REFERRAL, me));
            context.accounts().create(Account.create("Alpine Dairy Cooperative", null));
            context.activities().log(Activity.plan(ActivityType.CALL, "Call Alan about the service contract",
                    Instant.now().plus(Duration.ofDays(1)), acme, null, null, me), null);
        });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            TableView<?> accounts = window.table("#accountsTable");
            window.waitUntil("the accounts are shown", () -> window.rows("#accountsTable") == 7);
            Window main = window.fx(() -> accounts.getScene().getWindow());

            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            TextField field = window.await("#globalSearchField", TextField.class);
            robot.clickOn(field).write("al");
            ListView<?> results = window.await("#globalSearchResults", ListView.class);
            window.waitUntil("contacts and deals are found", () -> results.getItems().size() >= 10);
            window.waitUntil("the box has grown to show them", () -> results.getHeight() > 100
                    && field.getScene().getWindow().getHeight() > results.getHeight() + field.getHeight());
            write(window, main, field.getScene().getWindow(), "search-light.png");
            robot.type(KeyCode.ESCAPE);
            window.waitUntil("the box is closed", () -> !field.getScene().getWindow().isShowing());

            robot.type(KeyCode.F1);
            DialogPane shortcuts = window.await("#shortcutsDialog", DialogPane.class);
            write(window, main, shortcuts.getScene().getWindow(), "shortcuts-light.png");
            window.fx(() -> {
                shortcuts.getScene().getWindow().hide();
                return null;
            });

            window.fx(() -> { // Help › About, the last item of the last menu
                var menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus();
                var help = menus.get(menus.size() - 1).getItems();
                help.get(help.size() - 1).fire();
                return null;
            });
            DialogPane about = window.await("#aboutDialog", DialogPane.class);
            TableView<?> licences = window.await("#aboutLicences", TableView.class);
            assertTrue(window.fx(() -> licences.getItems().size()) > 20, "About lists the bundled libraries");
            write(window, main, about.getScene().getWindow(), "about-light.png");
        }
    }

    private static void write(FieldbookWindow window, Window main, Window over, String fileName) throws Exception {
        BufferedImage picture = window.fx(() -> {
            BufferedImage below = SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null);
            BufferedImage above = SwingFXUtils.fromFXImage(over.getScene().snapshot(null), null);
            int x = (int) Math.round(over.getX() + over.getScene().getX() - main.getX() - main.getScene().getX());
            int y = (int) Math.round(over.getY() + over.getScene().getY() - main.getY() - main.getScene().getY());
            Graphics2D g = below.createGraphics();
            g.setColor(new Color(0, 0, 0, 40));
            g.fillRect(0, 0, below.getWidth(), below.getHeight());
            g.drawImage(above, x, y, null);
            g.setColor(new Color(0, 0, 0, 90));
            g.setStroke(new BasicStroke(1));
            g.drawRect(x - 1, y - 1, above.getWidth() + 1, above.getHeight() + 1);
            g.dispose();
            return below;
        });
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(picture, "png", SCREENSHOTS.resolve(fileName).toFile());
    }
}
