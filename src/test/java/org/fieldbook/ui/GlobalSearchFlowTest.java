package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.ui.search.SearchPaletteViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the real window: Ctrl+K, type, the results grouped by kind, the arrows and Enter open a record. */
class GlobalSearchFlowTest {
    @TempDir
    Path dataFolder;

    @Test
    void typingFindsRecordsOfEveryKindAndEnterOpensTheChosenOne() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> {
            context.accounts().create(Account.create("Acme Tools", null));
            context.accounts().create(Account.create("Brightwater Logistics", null));
            context.leads().create(Lead.create("Zoë Müller", "Acme Robotics", null, null));
        });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.await("#accountsTable", TableView.class);
            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            TextField field = window.await("#globalSearchField", TextField.class);
            window.waitUntil("the box has the keyboard", () -> field.isFocused());
            robot.clickOn(field).write("acme");
            window.waitUntil("the query is typed", () -> "acme".equals(field.getText()));
            ListView<SearchPaletteViewModel.Row> results = window.await("#globalSearchResults", ListView.class);
            window.waitUntil("an account and a lead are found", () -> results.getItems().size() == 4);
            List<String> lines = window.fx(() -> results.getItems().stream().map(GlobalSearchFlowTest::text).toList());
            assertEquals(List.of("Accounts", "Acme Tools", "Leads", "Zoë Müller"), lines);
            assertEquals(1, window.fx(() -> results.getSelectionModel().getSelectedIndex()), "the first hit is chosen");
            window.snapshot("global-search");

            robot.type(KeyCode.DOWN);
            window.waitUntil("the lead is chosen", () -> results.getSelectionModel().getSelectedIndex() == 3);
            robot.type(KeyCode.ENTER);
            TextField name = window.await("#nameField", TextField.class);
            window.waitUntil("the lead's editor holds it", () -> "Zoë Müller".equals(name.getText()));
            assertTrue(window.fx(() -> robot.lookup("#leadsButton").queryAs(javafx.scene.control.ToggleButton.class)
                    .isSelected()), "the Leads screen is shown");
            TableView<LeadSummary> leads = window.table("#leadsTable");
            window.waitUntil("the lead is selected in its screen", () -> leads.getSelectionModel().getSelectedItem()
                    != null && leads.getSelectionModel().getSelectedItem().lead().name().equals("Zoë Müller"));
            robot.clickOn("#cancelButton");
            window.awaitGone("#nameField");

            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            robot.clickOn(window.await("#globalSearchField", TextField.class)).eraseText(4).write("zzz");
            window.waitUntil("nothing matches", () -> results.getItems().isEmpty()
                    && robot.lookup("#globalSearchStatus").queryAs(javafx.scene.control.Label.class).getText()
                            .contains("zzz"));
            robot.type(KeyCode.ESCAPE);
            window.waitUntil("the box is closed", () -> !field.getScene().getWindow().isShowing());
        }
    }

    private static String text(SearchPaletteViewModel.Row row) {
        return row instanceof SearchPaletteViewModel.Header header ? header.text()
                : ((SearchPaletteViewModel.Hit) row).hit().title();
    }
}
