package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.fieldbook.report.ExportFormat;
import org.fieldbook.service.demo.DemoOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 through the real window: "Meeting pack…" writes the CSV zip in the background; an export
 * cancelled while it runs leaves no file, not even a temporary one; a chart's menu copies its image.
 */
class MeetingPackFlowTest {
    @TempDir
    Path dataFolder;

    @TempDir
    Path out;

    @Test
    void theMeetingPackIsWrittenAndACancelledOneLeavesNoFile() throws Exception {
        FieldbookWindow.prepare(dataFolder, "Ada Lovelace", "USD", context -> context.demoData().load(
                DemoOptions.defaults(Locale.US).withToday(LocalDate.now()), progress -> { }));
        Files.writeString(dataFolder.resolve("ui.properties"), "section=DASHBOARD\n");
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the figures are in", () -> !robot.lookup("#packButton").queryButton().isDisabled());

            robot.clickOn("#funnelChartMenu");
            robot.clickOn("#funnelCopyItem");
            window.waitUntil("the chart is on the clipboard", () -> Clipboard.getSystemClipboard().hasImage());
            double width = window.fx(() -> Clipboard.getSystemClipboard().getImage().getWidth());
            double cardWidth = window.fx(() -> robot.lookup("#funnelCard").query().getBoundsInLocal().getWidth());
            assertEquals(2 * cardWidth, width, 2, "copied at twice the size on screen");

            robot.clickOn("#packButton");
            TextField file = window.await("#packFileField", TextField.class);
            Path zip = out.resolve("pack.zip");
            window.fx(() -> {
                robot.lookup("#packFormatField").queryAs(ComboBox.class).setValue(ExportFormat.CSV);
                file.setText(zip.toString());
                return null;
            });
            robot.clickOn("#packExportButton");
            for (int wait = 0; wait < 3 && !status(window).startsWith("Saved"); wait++) {
                try {
                    window.waitUntil("the export ends", () -> !status(window).startsWith("Writing"));
                } catch (AssertionError stillWriting) {
                    // a loaded machine: give it another while
                }
            }
            assertTrue(status(window).startsWith("Saved"), status(window));
            try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
                int count = 0;
                while (entries.getNextEntry() != null) {
                    count++;
                }
                assertEquals(11, count, "the KPI table and ten charts");
            }

            // A CSV pack is written in a few milliseconds, so it can be done before a cancel looked up between
            // the two clicks arrives (status "Saved", seen twice). So the cancelled export is a PowerPoint one,
            // which draws ten charts, and both buttons are found before either is pressed.
            Path cancelled = out.resolve("cancelled.pptx");
            Button exportButton = window.fx(() -> robot.lookup("#packExportButton").queryButton());
            Button cancelButton = window.fx(() -> robot.lookup("#packCancelButton").queryAs(Button.class));
            window.fx(() -> {
                robot.lookup("#packFormatField").queryAs(ComboBox.class).setValue(ExportFormat.PPTX);
                file.setText(cancelled.toString());
                exportButton.fire();
                cancelButton.fire();
                return null;
            });
            try {
                window.waitUntil("the export says it was cancelled", () -> status(window).startsWith("Cancelled"));
            } catch (AssertionError notCancelled) {
                throw new AssertionError(notCancelled.getMessage() + "; the status says: " + status(window),
                        notCancelled);
            }
            assertTrue(Files.notExists(cancelled), "a cancelled export leaves no file");
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(1, files.count(), "nor a temporary one: only pack.zip is there");
            }
        }
    }

    private static String status(FieldbookWindow window) {
        return window.fx(() -> window.robot.lookup("#packStatusLabel").queryAs(Label.class).getText());
    }
}
