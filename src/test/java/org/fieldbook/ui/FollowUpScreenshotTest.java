package org.fieldbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.service.demo.DemoOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures of the agenda and of an account's history timeline with demo data, into docs/screenshots/. */
class FollowUpScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void agendaAndTimeline() throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=light\nwindow.width=1280\nwindow.height=800\n"
                + "section=AGENDA\n");
        FieldbookWindow.prepare(dataFolder, context -> context.demoData().load(new DemoOptions(7, 30, 120,
                Locale.US, LocalDate.now()), progress -> { }));
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            // the first group shown depends on the day: overdue payments, overdue tasks, today or this week
            window.waitUntil("the agenda shows its groups", () -> robot.lookup((javafx.scene.Node node) ->
                    node.getId() != null && node.getId().startsWith("agenda-")).tryQuery().isPresent());
            shoot(window, "#agendaList", "agenda-light.png");

            robot.clickOn("#accountsButton");
            window.waitUntil("the accounts are shown", () -> window.rows("#accountsTable") > 0);
            TableView<AccountSummary> table = window.table("#accountsTable");
            window.fx(() -> {
                AccountSummary busiest = table.getItems().stream()
                        .max(java.util.Comparator.comparingInt(AccountSummary::openOpportunities)).orElseThrow();
                table.getSelectionModel().select(busiest);
                table.scrollTo(busiest);
                return null;
            });
            window.waitUntil("the timeline is filled", () -> !((ListView<?>) robot.lookup("#accountTimeline").query())
                    .getItems().isEmpty());
            window.fx(() -> {
                var scroll = (javafx.scene.control.ScrollPane) robot.lookup(".detail-scroll").query();
                scroll.setVvalue(1.0); // the decision chain and the history, at the foot of the pane
                return null;
            });
            shoot(window, "#accountsTable", "timeline-light.png");

            robot.clickOn("#opportunitiesButton");
            window.waitUntil("the opportunities are shown", () -> window.rows("#opportunitiesTable") > 0);
            window.fx(() -> {
                TableView<?> deals = window.table("#opportunitiesTable");
                deals.getSelectionModel().select(0);
                deals.requestFocus();
                return null;
            });
            robot.rightClickOn("#opportunitiesTable .table-row-cell");
            robot.clickOn(window.await("#historyItem", Node.class));
            window.waitUntil("the history shows", () -> robot.lookup("#historyList").tryQuery()
                    .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
            Node dialog = robot.lookup("#historyDialog").query();
            write(window, dialog, "history-light.png");
        }
    }

    private static void shoot(FieldbookWindow window, String anyNode, String file) throws Exception {
        write(window, window.robot.lookup(anyNode).query(), file);
    }

    private static void write(FieldbookWindow window, Node inWindow, String file) throws Exception {
        var image = window.fx(() -> inWindow.getScene().snapshot(null));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(file).toFile());
    }
}
