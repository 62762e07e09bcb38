package org.fieldbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.fieldbook.service.demo.DemoOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the whole dashboard (also the part below the fold) over the default demo data in light, dark and
 * 简体中文, and writes the pictures to docs/screenshots/ (the README shows them), with the window around
 * its top half in dashboard-window-light.png.
 */
class DashboardScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @AfterEach
    void backToDefaults() {
        System.clearProperty("fieldbook.locale");
    }

    @Test
    void dashboardInLightTheme() throws Exception {
        shoot("dashboard-light.png", false, null, "Ada Lovelace", "USD", Locale.US);
    }

    @Test
    void dashboardInDarkTheme() throws Exception {
        shoot("dashboard-dark.png", true, null, "Ada Lovelace", "USD", Locale.US);
    }

    @Test
    void dashboardInSimplifiedChinese() throws Exception {
        Locale before = Locale.getDefault();
        try {
            shoot("dashboard-zh_CN.png", false, "zh-CN", "王小明", "CNY", Locale.SIMPLIFIED_CHINESE);
        } finally {
            Locale.setDefault(before);
        }
    }

    private void shoot(String fileName, boolean dark, String locale, String me, String currency, Locale data)
            throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=" + (dark ? "dark" : "light")
                + "\nwindow.width=1280\nwindow.height=800\nwindow.x=0\nwindow.y=0\nsection=DASHBOARD\n");
        FieldbookWindow.prepare(dataFolder, me, currency, context -> context.demoData().load(
                DemoOptions.defaults(data).withToday(LocalDate.now()), progress -> { }));
        if (locale != null) {
            System.setProperty("fieldbook.locale", locale);
        }
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            window.waitUntil("the dashboard shows its figures", () -> window.robot.lookup(".funnel-step").queryAll()
                    .size() >= 5 && !window.robot.lookup("#wonTile .tile-value").queryAs(Label.class).getText()
                    .equals("—"));
            window.waitUntil("a frame is drawn", () -> true);
            Node page = window.robot.lookup(".dashboard-page").query();
            WritableImage image = window.fx(() -> page.snapshot(null, null));
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(fileName).toFile());
            if (fileName.equals("dashboard-light.png")) {
                WritableImage scene = window.fx(() -> page.getScene().snapshot(null));
                ImageIO.write(SwingFXUtils.fromFXImage(scene, null), "png",
                        SCREENSHOTS.resolve("dashboard-window-light.png").toFile());
            }
        }
    }
}
