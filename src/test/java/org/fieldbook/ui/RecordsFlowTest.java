package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.domain.OpportunitySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the real window: records made in the dialogs are stored, and are there after a restart. */
class RecordsFlowTest {
    @TempDir
    Path dataFolder;

    @Test
    void accountContactAndOpportunityMadeInTheDialogsAreThereAfterARestart() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> { });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the accounts are read", () -> window.table("#accountsTable").getPlaceholder() != null);

            robot.clickOn("#newButton");
            robot.clickOn(window.await("#nameField", javafx.scene.control.TextField.class)).write("Acme Tools");
            robot.clickOn("#saveButton");
            window.waitUntil("the account is listed", () -> window.rows("#accountsTable") == 1);

            robot.clickOn("#contactsButton");
            window.await("#contactsTable", TableView.class);
            robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
            robot.clickOn(window.await("#nameField", javafx.scene.control.TextField.class)).write("Grace Hopper");
            robot.clickOn("#emailField").write("grace@acme.example");
            chooseFirst(window, "#accountField");
            robot.clickOn("#saveButton");
            window.waitUntil("the contact is listed", () -> window.rows("#contactsTable") == 1);

            robot.clickOn("#opportunitiesButton");
            window.await("#opportunitiesTable", TableView.class);
            robot.clickOn("#newButton");
            robot.clickOn(window.await("#titleField", javafx.scene.control.TextField.class)).write("40 forklifts");
            chooseFirst(window, "#accountField");
            robot.clickOn("#amountField").write("12500.50");
            DatePicker close = robot.lookup("#closeField").queryAs(DatePicker.class);
            window.fx(() -> {
                close.setValue(LocalDate.of(2030, 3, 31));
                return null;
            });
            robot.clickOn("#saveButton");
            window.waitUntil("the opportunity is listed", () -> window.rows("#opportunitiesTable") == 1);
        }

        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            // the window reopens on the screen it was closed on
            window.waitUntil("the opportunities are read again", () -> window.rows("#opportunitiesTable") == 1);
            TableView<OpportunitySummary> opportunities = window.table("#opportunitiesTable");
            OpportunitySummary deal = window.fx(() -> opportunities.getItems().get(0));
            assertEquals("40 forklifts", deal.opportunity().title());
            assertEquals("Acme Tools", deal.accountName());
            assertEquals(0, deal.opportunity().amount().amount().compareTo(new java.math.BigDecimal("12500.50")));
            assertEquals("EUR", deal.opportunity().amount().currency(), "the user's currency is the default");
            assertEquals("Ada Lovelace", deal.ownerName(), "the user owns what they create");

            window.robot.clickOn("#accountsButton");
            window.waitUntil("the accounts are read again", () -> window.rows("#accountsTable") == 1);
            List<AccountSummary> accounts = window.fx(() -> List.copyOf(window.<AccountSummary>table("#accountsTable")
                    .getItems()));
            assertEquals("Acme Tools", accounts.get(0).account().name());
            assertEquals(1, accounts.get(0).openOpportunities());

            window.robot.clickOn("#contactsButton");
            window.waitUntil("the contacts are read again", () -> window.rows("#contactsTable") == 1);
            ContactSummary contact = window.fx(() -> window.<ContactSummary>table("#contactsTable").getItems().get(0));
            assertEquals("Grace Hopper", contact.contact().name());
            assertEquals("grace@acme.example", contact.contact().primaryEmail());
            assertEquals("Acme Tools", contact.accountName());
        }
    }

    /** Picks the first entry of a picker once its choices are read (a searchable list, driven by keyboard). */
    private static void chooseFirst(FieldbookWindow window, String id) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = window.robot.lookup(id).queryAs(ComboBox.class);
        window.waitUntil(id + " has choices", () -> !picker.getItems().isEmpty());
        window.fx(() -> {
            picker.getSelectionModel().selectFirst();
            return null;
        });
    }
}
