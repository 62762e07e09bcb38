package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 through the real window: Ctrl+I opens the wizard; a Salesforce opportunity export is read, its
 * stage "Discovery" mapped to Prospecting, the dry run counts what it would do and names the rejected rows,
 * Import writes exactly that, and Undo this import takes it all back; File › Undo last import… then offers the
 * accounts' import before it.
 */
class ImportWizardFlowTest {
    static final Path OPPORTUNITIES = Path.of(System.getProperty("fieldbook.testdata", "src/test/testdata"))
            .resolve("salesforce-export").resolve("Opportunity.csv");

    @TempDir
    Path dataFolder;

    /** The accounts of the same export, imported first, so the deals' AccountId finds them. */
    static void withSalesforceAccounts(Path dataFolder) {
        FieldbookWindow.prepare(dataFolder, "Ada Lovelace", "USD", context -> {
            try {
                Path accounts = OPPORTUNITIES.resolveSibling("Account.csv");
                context.imports().importFile(Files.readAllBytes(accounts), "Account.csv", ImportType.ACCOUNTS,
                        ImportMapping.detect(ImportType.ACCOUNTS));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Opens the wizard with Ctrl+I and goes to its values page with the opportunity export. */
    static void toValues(FieldbookWindow window) {
        toValues(window, "Opportunities");
    }

    /** The same, with the type chosen by its name in the window's language. */
    static void toValues(FieldbookWindow window, String opportunities) {
        var robot = window.robot;
        window.waitUntil("the accounts are read", () -> window.rows("#accountsTable") == 22);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        TextField file = window.await("#importFileField", TextField.class);
        window.fx(() -> {
            file.setText(OPPORTUNITIES.toAbsolutePath().toString());
            return null;
        });
        robot.clickOn("#importTypeField");
        robot.clickOn(window.fx(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(cell -> opportunities.equals(cell.getText()) && cell.isVisible()).findFirst()
                .orElseThrow()));
        robot.clickOn("#importNextButton");
        window.waitUntil("the preview is read", () -> shownRows(window, "#importPreviewTable") == 20);
        assertEquals("UTF_8_BOM", window.fx(() -> String.valueOf(robot.lookup("#importEncodingField")
                .queryAs(ComboBox.class).getValue())), "Salesforce writes UTF-8 with a byte-order mark");
        robot.clickOn("#importNextButton");
        window.waitUntil("the columns are mapped", () -> shownRows(window, "#importMappingTable") == 35);
    }

    static ComboBox<String> valueChoice(FieldbookWindow window, String value) {
        return window.fx(() -> window.robot.lookup("#importValuesTable .import-value-choice")
                .queryAllAs(ComboBox.class).stream().filter(box -> value.equals(box.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("no choice for " + value)));
    }

    static void mapDiscoveryAndDryRun(FieldbookWindow window) {
        mapDiscoveryAndDryRun(window, "Prospecting", () -> { });
    }

    /** Maps Discovery to the first stage (by its name on screen), {@code onValues} runs on the values page. */
    static void mapDiscoveryAndDryRun(FieldbookWindow window, String prospecting, Runnable onValues) {
        var robot = window.robot;
        robot.clickOn("#importNextButton");
        window.waitUntil("the stages are listed", () -> shownRows(window, "#importValuesTable") == 6);
        ComboBox<String> discovery = valueChoice(window, "Discovery");
        assertEquals("", window.fx(discovery::getValue), "New business has no stage Discovery");
        assertEquals("Won", window.fx(() -> valueChoice(window, "Closed Won").getValue()));
        onValues.run();
        robot.clickOn(discovery);
        robot.clickOn(window.fx(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(cell -> prospecting.equals(cell.getText()) && cell.isVisible()).findFirst()
                .orElseThrow()));
        assertEquals("Prospecting", window.fx(discovery::getValue));
        robot.clickOn("#importNextButton");
        window.waitUntil("the dry run is done", () -> robot.lookup("#importCreateCount").tryQuery()
                .map(count -> !((Label) count).getText().equals("–")).orElse(false));
    }

    /** The rows of a table of the wizard's current page; -1 while another page is shown. */
    static int shownRows(FieldbookWindow window, String id) {
        return window.robot.lookup(id).tryQuery().map(table -> ((TableView<?>) table).getItems().size()).orElse(-1);
    }

    static String text(FieldbookWindow window, String id) {
        return window.fx(() -> window.robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void aSalesforceExportIsMappedDryRunImportedAndUndone() throws Exception {
        withSalesforceAccounts(dataFolder);
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            toValues(window);
            mapDiscoveryAndDryRun(window);

            // the org was loaded on 2024-01-22: deals it shows closed before that date would run backwards
            int rejected = Integer.parseInt(text(window, "#importRejectCount"));
            int created = Integer.parseInt(text(window, "#importCreateCount"));
            assertEquals(50, created + rejected);
            assertTrue(rejected > 0 && rejected <= 15, "only closed deals can close before they were created");
            TableView<?> rejections = window.table("#importRejectedTable");
            assertEquals(rejected, window.fx(() -> rejections.getItems().size()));
            String first = window.fx(() -> rejections.getItems().get(0).toString());
            assertTrue(first.contains("Closed on ") && first.contains("before it was created"), first);
            assertEquals(0L, window.fx(() -> window.services().stats().liveCounts().get("opportunity")),
                    "nothing is written before Import");

            robot.clickOn("#importRunButton");
            window.waitUntil("the import is done", () -> robot.lookup("#importOutcomeLabel").tryQuery()
                    .map(label -> ((Label) label).getText().startsWith("Imported")).orElse(false));
            var deals = window.fx(() -> window.services().opportunities().list()).stream()
                    .map(row -> row.opportunity()).toList();
            assertEquals(created, deals.size());
            assertEquals(35, deals.stream().filter(Opportunity::isOpen).count(), "every open deal, none rejected");
            assertEquals(9, deals.stream().filter(deal -> deal.isOpen() && deal.stageId().toString()
                    .equals("01900000-0000-7000-8000-000000000101")).count(), "Discovery became Prospecting");
            assertEquals(created - 35, deals.stream().filter(deal -> deal.status() != OpportunityStatus.OPEN)
                    .count());

            robot.clickOn("#importUndoButton");
            window.waitUntil("the import is undone", () -> text(window, "#importOutcomeLabel").contains("undone"));
            assertEquals(0L, window.fx(() -> window.services().stats().liveCounts().get("opportunity")));
            assertTrue(window.fx(() -> robot.lookup("#importUndoButton").queryButton().isDisabled()));
            robot.clickOn("#importCloseButton");
            window.awaitGone("#importDialog");

            window.fx(() -> {
                javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
                bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "undoImportItem".equals(i.getId())).findFirst().orElseThrow().fire();
                return null;
            });
            // the deals' import is undone already: the one offered is the accounts' import before it
            robot.clickOn(window.await("#confirmUndoImportButton", javafx.scene.control.Button.class));
            window.waitUntil("the accounts' import is undone",
                    () -> window.services().stats().liveCounts().get("account") == 0L);
            window.waitUntil("the accounts screen is read again", () -> window.rows("#accountsTable") == 0);
        }
    }
}
