package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fieldbook.analytics.DealRow;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.ui.dashboard.PeriodPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's flow through the real window on demo data: Ctrl+7 opens the dashboard, its funnel is drawn as
 * a funnel, a step's click lists exactly the deals it counts; a deal deleted on another screen is gone from
 * the figures when the dashboard is shown again, with its filter kept.
 */
class DashboardFlowTest {
    @TempDir
    Path dataFolder;

    @Test
    void aFunnelStepOpensTheListOfItsDeals() throws Exception {
        FieldbookWindow.prepare(dataFolder, "Ada Lovelace", "USD", context -> context.demoData().load(
                DemoOptions.defaults(Locale.US).withToday(LocalDate.now()), progress -> { }));
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.await("#accountsTable", Node.class);
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
            window.waitUntil("the funnel is drawn", () -> robot.lookup(".funnel-step").queryAll().size() >= 5);
            window.waitUntil("the tiles hold figures", () -> !robot.lookup("#wonTile .tile-value")
                    .queryAs(Label.class).getText().equals("—"));
            assertEquals("", window.fx(() -> robot.lookup("#missingRatesLabel").queryAs(Label.class).getText()),
                    "demo data brings the rates of its currencies");

            // the second step (Qualification): its label says how many deals reached it
            Node step = robot.lookup("#funnelStep1").query();
            long reached = window.fx(() -> count((HBox) step.getParent().getParent()));
            assertTrue(reached > 0, "nothing reached Qualification");
            List<Double> widths = window.fx(() -> robot.lookup(".funnel-step").queryAll().stream()
                    .map(node -> node.getBoundsInLocal().getWidth()).toList());
            for (int i = 1; i < widths.size(); i++) {
                assertTrue(widths.get(i) <= widths.get(i - 1) + 0.5, "a funnel narrows: " + widths);
            }

            robot.clickOn(step);
            TableView<?> table = window.await("#drillTable", TableView.class);
            window.waitUntil("the list holds the step's deals", () -> table.getItems().size() == reached);
            assertTrue(window.fx(() -> table.getItems().stream().map(DealRow.class::cast)
                    .allMatch(row -> !row.stage().equals("Prospecting") || row.status().name().equals("LOST"))),
                    "a deal still in Prospecting never reached Qualification");
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            window.awaitGone("#drillTable");
        }
    }

    /** The number after the step's name in its label, e.g. "Qualification  412". */
    private static long count(HBox row) {
        String text = ((Label) row.getChildren().get(1)).getText();
        return Long.parseLong(text.substring(text.lastIndexOf(' ') + 1));
    }

    @Test
    void anEditElsewhereIsCountedWhenTheDashboardIsShownAgainWithItsFilterKept() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> context.store().writeVoid(tx -> {
            Account acme = tx.accounts().insert(Account.create("Acme", null));
            var proposal = tx.stages().get(java.util.UUID.fromString("01900000-0000-7000-8000-000000000103"));
            tx.opportunities().insertAll(List.of(
                    Opportunity.create(acme.id(), proposal, "Forklifts", Money.of("1234.50", "EUR"),
                            LocalDate.now().plusDays(10), null),
                    Opportunity.create(acme.id(), proposal, "Spare parts", Money.of("100.00", "EUR"),
                            LocalDate.now().plusDays(20), null)));
        }));
        Files.writeString(dataFolder.resolve("ui.properties"), "section=DASHBOARD\n");
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("both deals are counted", () -> tileDetail(window).equals("2 deals"));
            window.fx(() -> {
                robot.lookup("#presetField").queryAs(ComboBox.class).getSelectionModel()
                        .select(PeriodPreset.THIS_QUARTER);
                return null;
            });
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
            window.waitUntil("the opportunities are listed", () -> window.rows("#opportunitiesTable") == 2);
            window.fx(() -> {
                window.table("#opportunitiesTable").getSelectionModel().select(0);
                window.table("#opportunitiesTable").requestFocus();
                return null;
            });
            robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
            robot.clickOn("#confirmDeleteButton");
            window.waitUntil("one deal is left", () -> window.rows("#opportunitiesTable") == 1);
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
            window.waitUntil("the dashboard counts the one left", () -> tileDetail(window).equals("1 deal"));
            assertEquals(PeriodPreset.THIS_QUARTER, window.fx(() -> robot.lookup("#presetField")
                    .queryAs(ComboBox.class).getValue()));
        }
    }

    private static String tileDetail(FieldbookWindow window) {
        return window.robot.lookup("#openTile .tile-detail").queryAs(Label.class).getText();
    }
}
