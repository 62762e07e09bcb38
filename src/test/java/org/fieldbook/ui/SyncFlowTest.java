package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.ui.sync.TwoLaptops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's "done when", through the real window: two laptops edit the same deal offline; after syncing both
 * windows show the conflict, and settling it in one settles it in the other. The windows run one after the
 * other on the two data folders, each syncing by itself as the app does.
 */
class SyncFlowTest {
    private static final String ANAS = "Line upgrade (Ana)";
    private static final String BOS = "Line upgrade (Bo)";

    @TempDir
    Path temp;

    @Test
    void aDealEditedOfflineOnTwoLaptopsShowsTheConflictOnBothAndKeepingOneSideSettlesItOnBoth() throws Exception {
        TwoLaptops laptops = new TwoLaptops(temp).shareADeal("Acme Tools", "Line upgrade").renameOnBoth(ANAS, BOS);
        laptops.close();
        openOn(laptops.anaFolder, "SYNC");
        openOn(laptops.boFolder, "SYNC");

        try (FieldbookWindow ana = FieldbookWindow.open(laptops.anaFolder)) {
            awaitSynced(ana, " · 1 conflict");
            assertEquals(Set.of(ANAS, BOS), Set.copyOf(texts(ana, ".conflict-value")));
            assertEquals(1, count(ana, ".conflict-card"));
            List<String> who = texts(ana, ".conflict-who");
            assertTrue(who.stream().anyMatch(w -> w.startsWith("This computer")), who.toString());
            assertTrue(who.stream().anyMatch(w -> w.startsWith(TwoLaptops.BO)), who.toString());
            picture(ana, "sync-flow-1-ana.png");
        }

        try (FieldbookWindow bo = FieldbookWindow.open(laptops.boFolder)) {
            awaitSynced(bo, " · 1 conflict");
            List<String> who = texts(bo, ".conflict-who");
            assertTrue(who.stream().anyMatch(w -> w.startsWith(TwoLaptops.ANA)), who.toString());
            picture(bo, "sync-flow-2-bo.png");
            bo.robot.clickOn(keepButton(bo, ANAS));
            bo.waitUntil("the conflict is settled here", () -> count(bo, ".conflict-card") == 0
                    && bo.robot.lookup("#noConflictsLabel").query().isVisible());
            // the choice is a change of Bo's; it has reached the team folder once nothing is pending
            awaitSynced(bo, "");
            bo.robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
            bo.waitUntil("the deal shows the kept title", () -> titles(bo).equals(List.of(ANAS)));
        }

        try (FieldbookWindow ana = FieldbookWindow.open(laptops.anaFolder)) {
            // Ana's window syncs by itself on start and brings Bo's choice
            awaitSynced(ana, "");
            ana.waitUntil("no conflict is left", () -> count(ana, ".conflict-card") == 0);
            ana.robot.clickOn("#opportunitiesButton");
            ana.waitUntil("Ana's deal shows the kept title", () -> titles(ana).equals(List.of(ANAS)));
            picture(ana, "sync-flow-3-ana-settled.png");
        }

        laptops.open();
        try (laptops) {
            assertEquals(ANAS, laptops.title(laptops.ana));
            assertEquals(ANAS, laptops.title(laptops.bo));
            assertEquals(0, laptops.ana.sync().conflictCount());
            assertEquals(0, laptops.bo.sync().conflictCount());
        }
    }

    @Test
    void changesFromTheTeamRefreshTheOpenScreenAndKeepTheSelection() throws Exception {
        TwoLaptops laptops = new TwoLaptops(temp).shareADeal("Acme Tools", "Line upgrade");
        laptops.close();
        openOn(laptops.boFolder, "OPPORTUNITIES");

        try (FieldbookWindow bo = FieldbookWindow.open(laptops.boFolder)) {
            bo.waitUntil("the deal is listed", () -> titles(bo).equals(List.of("Line upgrade")));
            awaitSynced(bo, "");
            TableView<OpportunitySummary> table = bo.table("#opportunitiesTable");
            bo.robot.clickOn(bo.robot.lookup("#opportunitiesTable .table-row-cell").nth(0).queryAs(Node.class));
            bo.waitUntil("the deal is selected", () -> table.getSelectionModel().getSelectedItem() != null);

            try (AppContext ana = AppContext.open(laptops.anaFolder)) {
                TwoLaptops.rename(ana, laptops.deal, "Line upgrade, signed");
                TwoLaptops.sync(ana);
            }
            bo.robot.type(KeyCode.F5);

            bo.waitUntil("the open screen shows Ana's change",
                    () -> titles(bo).equals(List.of("Line upgrade, signed")));
            bo.waitUntil("the deal is still selected", () -> table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().opportunity().id().equals(laptops.deal));
            String announced = bo.fx(() -> bo.robot.lookup("#announcementLabel").queryAs(Label.class).getText());
            assertTrue(announced.contains("arrived from your team"), announced);

            bo.robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
            bo.await("#syncNowButton", Button.class);
            bo.robot.clickOn("#opportunitiesButton");
            bo.robot.clickOn("#syncStatusButton");
            bo.waitUntil("the status bar opened the Sync screen", () -> bo.robot.lookup("#syncNowButton")
                    .tryQuery().map(node -> node.getScene() != null).orElse(false));
        }
    }

    /** What the window shows, for docs/screenshots: the done-when as pictures. */
    private static void picture(FieldbookWindow window, String fileName) throws Exception {
        WritableImage image = window.fx(() -> window.robot.lookup("#syncStatusButton").query().getScene()
                .snapshot(null));
        Path file = Path.of("docs", "screenshots", fileName);
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    /** Makes the window open on {@code section}. */
    static void openOn(Path dataFolder, String section) throws Exception {
        Files.writeString(dataFolder.resolve("ui.properties"), "window.width=1280\nwindow.height=780\nsection="
                + section + "\n");
    }

    /** Waits until the status bar says synced, followed by exactly {@code rest} (" · 1 conflict", or nothing). */
    static void awaitSynced(FieldbookWindow window, String rest) {
        window.waitUntil("the status bar says synced" + rest, () -> {
            String line = window.robot.lookup("#syncStatusButton").queryAs(Button.class).getText();
            return line.startsWith("Synced at ") && line.endsWith(rest) && line.split(" · ").length
                    == (rest.isEmpty() ? 1 : 2);
        });
    }

    static Node keepButton(FieldbookWindow window, String value) {
        return window.fx(() -> window.robot.lookup(".keep-value-button").queryAll().stream()
                .filter(button -> value.equals(button.getUserData())).findFirst().orElseThrow());
    }

    static int count(FieldbookWindow window, String selector) {
        return window.fx(() -> window.robot.lookup(selector).queryAll().size());
    }

    static List<String> texts(FieldbookWindow window, String selector) {
        return window.fx(() -> window.robot.lookup(selector).queryAll().stream()
                .map(node -> ((Label) node).getText()).toList());
    }

    private static List<String> titles(FieldbookWindow window) {
        return window.fx(() -> window.<OpportunitySummary>table("#opportunitiesTable").getItems().stream()
                .map(row -> row.opportunity().title()).toList());
    }
}
