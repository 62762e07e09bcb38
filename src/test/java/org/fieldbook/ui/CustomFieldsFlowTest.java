package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's "add a required custom field and see the form refuse to save without it", through the real window:
 * Edit → Custom fields… adds a required text field and a number field to accounts; the new-account form shows
 * both, refuses to save while the required one is empty or the number does not read, and saves both values
 * once they are right; the accounts table offers the fields as columns.
 */
class CustomFieldsFlowTest {
    @TempDir
    Path dataFolder;

    @Test
    void aRequiredCustomFieldKeepsTheFormFromSavingUntilItIsFilledIn() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> { });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the accounts are read", () -> window.table("#accountsTable").getPlaceholder() != null);

            window.fx(() -> {
                MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
                MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "customFieldsItem".equals(i.getId())).findFirst().orElseThrow();
                item.fire();
                return null;
            });
            window.await("#customFieldsDialog", Node.class);
            robot.clickOn("#customFieldLabel").write("Purchase order");
            robot.clickOn("#customFieldRequired");
            robot.clickOn("#saveFieldButton");
            window.waitUntil("the field is listed", () -> robot.lookup("#customFieldList").queryListView()
                    .getItems().size() == 1);
            robot.clickOn("#newFieldButton");
            robot.clickOn("#customFieldLabel").write("Fleet size");
            @SuppressWarnings("unchecked")
            ComboBox<CustomFieldType> type = robot.lookup("#customFieldType").queryAs(ComboBox.class);
            window.fx(() -> {
                type.setValue(CustomFieldType.NUMBER);
                return null;
            });
            robot.clickOn("#saveFieldButton");
            window.waitUntil("both fields are listed", () -> robot.lookup("#customFieldList").queryListView()
                    .getItems().size() == 2);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            window.awaitGone("#customFieldsDialog");

            List<CustomFieldDefinition> fields = window.services().customFields().fields("account");
            assertEquals(List.of("Purchase order", "Fleet size"), fields.stream().map(f -> f.label()).toList());
            String order = "#custom-" + fields.get(0).key();
            String fleet = "#custom-" + fields.get(1).key();

            robot.clickOn("#newButton");
            robot.clickOn(window.await("#nameField", TextField.class)).write("Initech");
            window.await(order, Node.class);
            robot.clickOn(fleet + " .text-field").write("lots");
            // leaving the field shows its message and the dialog grows: let it before aiming at Save
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            window.waitUntil("the number is refused", () -> errorOf(window, fleet).isVisible());
            robot.clickOn("#saveButton");
            window.waitUntil("the required field says so", () -> errorOf(window, order).isVisible());
            assertEquals("This field is required.", window.fx(() -> errorOf(window, order).getText()));
            assertTrue(window.fx(() -> errorOf(window, fleet).isVisible()), "the number that does not read, too");
            assertTrue(robot.lookup("#saveButton").tryQuery().isPresent(), "the form stays open");
            assertTrue(window.services().accounts().list().isEmpty(), "nothing saved");

            robot.clickOn(order + " .text-field").write("PO-4711");
            window.fx(() -> {
                robot.lookup(fleet + " .text-field").queryAs(TextField.class).setText("12");
                return null;
            });
            robot.clickOn("#saveButton");
            window.waitUntil("the account is listed", () -> window.rows("#accountsTable") == 1);
            Account saved = window.services().accounts().list().get(0).account();
            assertEquals("PO-4711", saved.customFields().get(fields.get(0).key()));
            assertEquals("12", saved.customFields().get(fields.get(1).key()));

            TableColumn<?, ?> column = window.fx(() -> window.table("#accountsTable").getColumns().stream()
                    .filter(c -> "Purchase order".equals(c.getText())).findFirst().orElseThrow());
            assertFalse(window.fx(column::isVisible), "an optional column, shown from the table's menu");
        }
    }

    private static Label errorOf(FieldbookWindow window, String box) {
        return window.robot.lookup(box + " .field-error").queryAs(Label.class);
    }
}
