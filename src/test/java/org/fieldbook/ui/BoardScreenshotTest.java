package org.fieldbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import org.fieldbook.service.demo.DemoOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the board over the default demo data in light, dark and 简体中文, and the pipelines editor, and
 * writes the pictures to
 * docs/screenshots/ (the README shows them). The demo data is dated to a fixed day, so the pictures only
 * change when the board does.
 */
class BoardScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @AfterEach
    void backToDefaults() {
        System.clearProperty("fieldbook.locale");
    }

    @Test
    void boardInLightTheme() throws Exception {
        shoot("board-light.png", false, null, "Ada Lovelace", "USD", Locale.US);
    }

    @Test
    void boardInDarkTheme() throws Exception {
        shoot("board-dark.png", true, null, "Ada Lovelace", "USD", Locale.US);
    }

    @Test
    void boardInSimplifiedChinese() throws Exception {
        Locale before = Locale.getDefault();
        try {
            shoot("board-zh_CN.png", false, "zh-CN", "王小明", "CNY", Locale.SIMPLIFIED_CHINESE);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void pipelinesEditor() throws Exception {
        shoot("pipelines-light.png", false, null, "Ada Lovelace", "USD", Locale.US, true);
    }

    private void shoot(String fileName, boolean dark, String locale, String me, String currency, Locale data)
            throws Exception {
        shoot(fileName, dark, locale, me, currency, data, false);
    }

    private void shoot(String fileName, boolean dark, String locale, String me, String currency, Locale data,
                       boolean editor) throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=" + (dark ? "dark" : "light")
                // Monocle's headless screen is 1280 × 800: a dialog must open inside it
                + (editor ? "\nwindow.width=1200\nwindow.height=760" : "\nwindow.width=1400\nwindow.height=820")
                + "\nwindow.x=0\nwindow.y=0\nsection=BOARD\n");
        FieldbookWindow.prepare(dataFolder, me, currency, context -> context.demoData().load(
                DemoOptions.defaults(data).withToday(LocalDate.now()), progress -> { }));
        if (locale != null) {
            System.setProperty("fieldbook.locale", locale);
        }
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            window.waitUntil("the board shows its cards", () -> !window.robot.lookup(".column-cards").queryAll()
                    .isEmpty() && ((ListView<?>) window.robot.lookup(".column-cards").query()).getItems().size() > 3);
            window.fx(() -> {
                ListView<?> first = (ListView<?>) window.robot.lookup(".column-cards").query();
                first.requestFocus();
                first.getSelectionModel().select(1);
                return null;
            });
            if (editor) {
                window.robot.clickOn("#editPipelinesButton");
                window.await("#stagesList", Node.class);
                window.waitUntil("the stages are listed", () -> !((ListView<?>) window.robot.lookup("#stagesList")
                        .query()).getItems().isEmpty());
                Node list = window.robot.lookup("#stagesList").query();
                WritableImage image = window.fx(() -> list.getScene().snapshot(null));
                Files.createDirectories(SCREENSHOTS);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                        SCREENSHOTS.resolve(fileName).toFile());
                window.robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
                window.awaitGone("#stagesList");
                return;
            }
            Node any = window.robot.lookup(".board").query();
            window.waitUntil("a frame is drawn", () -> true);
            WritableImage image = window.fx(() -> any.getScene().snapshot(null));
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(fileName).toFile());
        }
    }
}
