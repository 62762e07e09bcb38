package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.AccountSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the real window: what invalid input, deleting and undoing and the first start look like. */
class WindowBehaviourTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.fieldbook.i18n.messages");

    @TempDir
    Path dataFolder;

    @Test
    void invalidInputIsShownAtTheFieldAndSavesNothing() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> context.accounts().create(Account.create("Acme Tools", null)));
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the account is listed", () -> window.rows("#accountsTable") == 1);

            robot.clickOn("#opportunitiesButton");
            window.await("#opportunitiesTable", TableView.class);
            robot.clickOn("#newButton");
            window.await("#titleField", TextField.class);
            window.waitUntil("the form is ready", () -> !robot.lookup("#titleField").query().isDisabled());
            robot.clickOn("#amountField").write("-5");
            ComboBox<?> currency = robot.lookup("#currencyField").queryAs(ComboBox.class);
            robot.doubleClickOn(currency.getEditor()).eraseText(3).write("XX1");
            robot.clickOn("#saveButton");
            expectError(window, "#titleError", "#titleField", "validation.title.required");
            expectError(window, "#accountError", "#accountField", "validation.account.required");
            expectError(window, "#amountError", "#amountField", "validation.amount.negative");
            expectError(window, "#currencyError", "#currencyField", "validation.currency.invalid");
            expectError(window, "#closeError", "#closeField", "validation.closeDate.required");
            robot.doubleClickOn("#amountField").eraseText(2).write("12,5x");
            expectError(window, "#amountError", "#amountField", "validation.amount.invalid");
            window.snapshot("opportunity-errors");
            robot.clickOn("#cancelButton");
            window.awaitGone("#titleField");

            robot.clickOn("#accountsButton");
            robot.clickOn("#newButton");
            window.await("#nameField", TextField.class);
            robot.clickOn("#saveButton");
            expectError(window, "#nameError", "#nameField", "validation.name.required");
            robot.clickOn("#cancelButton");
            window.awaitGone("#nameField");

            robot.clickOn("#contactsButton");
            robot.clickOn("#newButton");
            robot.clickOn(window.await("#nameField", TextField.class)).write("Grace Hopper");
            robot.clickOn("#emailField").write("grace@");
            robot.clickOn("#saveButton");
            expectError(window, "#emailError", "#emailField", "validation.email.invalid");
            robot.clickOn("#cancelButton");
            window.awaitGone("#nameField");
        }
        Map<String, Long> counts = FieldbookWindow.counts(dataFolder);
        assertEquals(1L, counts.get("account"));
        assertEquals(0L, counts.get("contact"));
        assertEquals(0L, counts.get("opportunity"));
    }

    private static void expectError(FieldbookWindow window, String messageId, String fieldId, String key) {
        window.waitUntil(messageId + " says " + key, () -> {
            Label message = window.robot.lookup(messageId).queryAs(Label.class);
            return message.isVisible() && TEXT.getString(key).equals(message.getText());
        });
        Node field = window.robot.lookup(fieldId).query();
        assertTrue(window.fx(() -> field.getPseudoClassStates().contains(PseudoClass.getPseudoClass("danger"))),
                fieldId + " is marked");
    }

    @Test
    void deleteAsksFirstAndCtrlZBringsTheAccountBack() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> {
            context.accounts().create(Account.create("Acme Tools", null));
            context.accounts().create(Account.create("Brightwater Logistics", null));
        });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the accounts are listed", () -> window.rows("#accountsTable") == 2);
            TableView<AccountSummary> table = window.table("#accountsTable");
            robot.clickOn(robot.lookup("#accountsTable .table-row-cell").nth(0).queryAs(Node.class));
            window.waitUntil("Acme is selected", () -> table.getSelectionModel().getSelectedItem() != null);

            robot.type(KeyCode.DELETE);
            window.await("#confirmDeleteButton", javafx.scene.control.Button.class);
            robot.clickOn("#cancelButton");
            window.awaitGone("#confirmDeleteButton");
            assertEquals(2, window.rows("#accountsTable"), "cancel keeps the account");

            robot.clickOn(robot.lookup("#accountsTable .table-row-cell").nth(0).queryAs(Node.class));
            robot.type(KeyCode.DELETE);
            robot.clickOn(window.await("#confirmDeleteButton", javafx.scene.control.Button.class));
            window.waitUntil("the account is gone", () -> window.rows("#accountsTable") == 1);
            assertEquals("Brightwater Logistics", window.fx(() -> table.getItems().get(0).account().name()));

            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            window.waitUntil("the account is back", () -> window.rows("#accountsTable") == 2);
            window.waitUntil("nothing is left to undo", () -> robot.lookup("#undoButton").query().isDisabled());
        }
        assertEquals(2L, FieldbookWindow.counts(dataFolder).get("account"));
    }

    @Test
    void theFirstStartAsksForTheUsersNameAndCurrency() throws Exception {
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            TextField name = window.await("#nameField", TextField.class);
            ComboBox<?> currency = robot.lookup("#currencyField").queryAs(ComboBox.class);
            assertTrue(window.fx(() -> org.fieldbook.domain.Currencies.isValid(currency.getEditor().getText())),
                    "a currency from the locale is proposed");
            robot.clickOn("#saveButton");
            expectError(window, "#nameError", "#nameField", "validation.name.required");
            robot.clickOn(name).write("Ada Lovelace");
            robot.doubleClickOn(currency.getEditor()).eraseText(3).write("CHF");
            robot.clickOn("#saveButton");
            window.awaitGone("#nameField");
        }
        try (AppContext context = AppContext.open(dataFolder)) {
            var profile = context.profile().profile().orElseThrow();
            assertEquals("Ada Lovelace", profile.me().name());
            assertEquals("CHF", profile.defaultCurrency());
        }
    }
}
