package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.fieldbook.app.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the real window: the first start's welcome, its language and its three ways to begin. */
class FirstRunFlowTest {
    @TempDir
    Path dataFolder;

    @Test
    void demoDataLoadsInTheBackgroundAndTheLanguageIsKeptForTheNextStart() throws Exception {
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            robot.clickOn(window.await("#nameField", TextField.class)).write("Wang Xiaoming");
            ComboBox<?> currency = robot.lookup("#currencyField").queryAs(ComboBox.class);
            robot.doubleClickOn(currency.getEditor()).eraseText(3).write("CNY");
            robot.clickOn("#languageField");
            robot.type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ENTER);
            window.waitUntil("Simplified Chinese is chosen", () -> java.util.Locale.SIMPLIFIED_CHINESE.equals(
                    robot.lookup("#languageField").queryAs(ComboBox.class).getValue()));
            robot.clickOn("#startDemo");
            window.snapshot("first-run-answered");
            // every line the status bar shows: a quick machine may replace the language's by the demo's at once
            java.util.List<String> announced = new java.util.concurrent.CopyOnWriteArrayList<>();
            // a quiet machine loads the 300 demo deals before a poll could see the progress bar
            var progressShown = new java.util.concurrent.atomic.AtomicBoolean();
            window.fx(() -> {
                robot.lookup("#announcementLabel").queryAs(Label.class).textProperty()
                        .addListener((obs, old, text) -> announced.add(String.valueOf(text)));
                robot.lookup("#demoProgress").queryAs(ProgressBar.class).visibleProperty()
                        .addListener((obs, old, shown) -> progressShown.compareAndSet(false, shown));
                return null;
            });
            robot.clickOn("#saveButton");
            window.awaitGone("#nameField");

            window.waitUntil("the demo load shows its progress", progressShown::get);
            ProgressBar progress = window.fx(() -> robot.lookup("#demoProgress").queryAs(ProgressBar.class));
            window.waitUntil("the status bar says when the language changes",
                    () -> announced.stream().anyMatch(text -> text.contains("简体中文")));
            // the window answers while the demo data loads: another screen opens at once
            robot.clickOn("#accountsButton");
            window.await("#accountsTable", TableView.class);
            // a quiet machine may have loaded the 300 demo deals by now; a busy one can still cancel the rest
            if (window.fx(progress::isVisible)) {
                robot.clickOn("#cancelDemoButton");
            }
            window.waitUntil("the load ended or stopped", () -> !progress.isVisible());
        }
        try (AppContext context = AppContext.open(dataFolder)) {
            var profile = context.profile().profile().orElseThrow();
            assertEquals("Wang Xiaoming", profile.me().name());
            assertEquals("CNY", profile.defaultCurrency());
        }
        Properties window = new Properties();
        try (var in = Files.newBufferedReader(dataFolder.resolve("ui.properties"))) {
            window.load(in);
        }
        assertEquals("zh-CN", window.getProperty("language"));
    }

    @Test
    void joiningATeamOpensTheSyncScreen() throws Exception {
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            robot.clickOn(window.await("#nameField", TextField.class)).write("Ada Lovelace");
            robot.clickOn("#startTeam");
            robot.clickOn("#saveButton");
            window.awaitGone("#nameField");
            window.await("#chooseFolderButton", javafx.scene.control.Button.class);
            assertTrue(window.fx(() -> robot.lookup("#syncButton").queryAs(javafx.scene.control.ToggleButton.class)
                    .isSelected()), "Sync is the screen shown");
            assertEquals(0L, window.services().stats().liveCounts().get("account"), "nothing was loaded");
        }
    }
}
