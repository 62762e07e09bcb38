package org.fieldbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures of the import wizard's mapping page and dry run page (with its rejected rows) for a Salesforce
 * deal export, and of its values and dry run pages in Simplified Chinese, into docs/screenshots/.
 */
class ImportScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void mappingAndDryRunPages() throws Exception {
        ImportWizardFlowTest.withSalesforceAccounts(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=light\nwindow.width=1280\nwindow.height=800\n"
                + "section=ACCOUNTS\n");
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            ImportWizardFlowTest.toValues(window);
            save(window, "import-mapping.png");
            ImportWizardFlowTest.mapDiscoveryAndDryRun(window);
            window.waitUntil("a rejected row is listed", () -> window.rows("#importRejectedTable") > 0);
            save(window, "import-dryrun.png");
        }
    }

    @Test
    void valuesAndDryRunPagesInSimplifiedChinese() throws Exception {
        ImportWizardFlowTest.withSalesforceAccounts(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=light\nwindow.width=1280\nwindow.height=800\n"
                + "section=ACCOUNTS\n");
        System.setProperty("fieldbook.locale", "zh-CN");
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            ImportWizardFlowTest.toValues(window, "商机");
            ImportWizardFlowTest.mapDiscoveryAndDryRun(window, "潜在客户开发", () -> {
                try {
                    save(window, "import-values-zh_CN.png");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            window.waitUntil("a rejected row is listed", () -> window.rows("#importRejectedTable") > 0);
            save(window, "import-dryrun-zh_CN.png");
        }
    }

    private final java.util.Locale before = java.util.Locale.getDefault();

    /** The window takes its language as the JVM's default locale: later tests in this JVM expect it back. */
    @AfterEach
    void backToDefaults() {
        System.clearProperty("fieldbook.locale");
        java.util.Locale.setDefault(before);
    }

    private static void save(FieldbookWindow window, String name) throws Exception {
        Node dialog = window.await("#importDialog", Node.class);
        window.fx(() -> window.robot.lookup("#importStepTitle").queryAs(Label.class).getText());
        var image = window.fx(() -> dialog.getScene().snapshot(null));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name).toFile());
    }
}
