package org.fieldbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.service.demo.DemoOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture of the leads inbox with demo data and a converted lead selected, into docs/screenshots/. */
class LeadsScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void leadsInbox() throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=light\nwindow.width=1280\nwindow.height=800\n"
                + "section=LEADS\n");
        FieldbookWindow.prepare(dataFolder, context -> context.demoData().load(new DemoOptions(7, 30, 120,
                Locale.US, LocalDate.now()), progress -> { }));
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            window.waitUntil("the leads are shown", () -> window.rows("#leadsTable") > 0);
            TableView<LeadSummary> table = window.table("#leadsTable");
            window.fx(() -> {
                LeadSummary converted = table.getItems().stream().filter(row -> row.lead().isConverted())
                        .findFirst().orElseThrow();
                table.getSelectionModel().select(converted);
                table.scrollTo(Math.max(0, table.getItems().indexOf(converted) - 3));
                return null;
            });
            window.await("#accountLink", javafx.scene.Node.class);
            var image = window.fx(() -> table.getScene().snapshot(null));
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve("leads-light.png")
                    .toFile());
        }
    }
}
