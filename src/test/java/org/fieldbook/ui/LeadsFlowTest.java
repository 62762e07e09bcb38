package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.ui.common.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leads inbox through the real window: a lead whose company is written another way than the account's
 * ("ACME, Inc." and "Acme Ltd") is converted onto that account, not into a second one; a new lead is refused
 * while its e-mail is wrong and saved, with a channel the team added itself, once it is right.
 */
class LeadsFlowTest {
    @TempDir
    Path dataFolder;
    private UUID acme;
    private UUID grace;

    @Test
    void convertingALeadOfAKnownCompanyLinksTheExistingAccount() throws Exception {
        open(this::seed);
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the leads are shown", () -> window.rows("#leadsTable") == 1);
            TableView<LeadSummary> table = window.table("#leadsTable");
            robot.clickOn("#leadsTable .table-row-cell");
            robot.clickOn("#convertButton");
            window.await("#convertDialog", Node.class);
            window.waitUntil("the dialog has read the lead", () -> !robot.lookup("#saveButton").queryButton()
                    .isDisabled());

            RadioButton linkExisting = robot.lookup("#linkExistingChoice").queryAs(RadioButton.class);
            assertTrue(window.fx(linkExisting::isSelected), "the matching account is offered first");
            @SuppressWarnings("unchecked")
            ComboBox<Choice> offered = robot.lookup("#existingAccountField").queryAs(ComboBox.class);
            assertEquals("Acme Ltd", window.fx(() -> offered.getValue().label()));

            robot.clickOn("#saveButton"); // no amount yet: refused at the field
            Label amountError = robot.lookup("#amountError").queryAs(Label.class);
            window.waitUntil("the amount is asked for", amountError::isVisible);
            assertTrue(robot.lookup("#convertDialog").tryQuery().isPresent(), "the dialog stays open");
            assertFalse(window.services().leads().edit(grace).original().isConverted(), "nothing half-stored");

            robot.clickOn("#amountField").write("5000");
            robot.clickOn("#saveButton");
            window.awaitGone("#convertDialog");

            window.waitUntil("the lead reads as converted", () -> table.getItems().stream()
                    .anyMatch(row -> row.lead().isConverted()));
            Lead converted = window.services().leads().edit(grace).original();
            assertEquals(LeadStatus.CONVERTED, converted.status());
            assertEquals(acme, converted.convertedAccountId());
            List<Account> accounts = window.services().accounts().list().stream().map(a -> a.account()).toList();
            assertEquals(1, accounts.size(), "no second account for the same company: " + accounts);
            assertEquals(acme, window.services().contacts().edit(converted.convertedContactId()).original()
                    .accountId());
            assertEquals(acme, window.services().opportunities().edit(converted.convertedOpportunityId())
                    .original().accountId());

            window.fx(() -> {
                table.getSelectionModel().select(0);
                return null;
            });
            Hyperlink accountLink = window.await("#accountLink", Hyperlink.class);
            assertEquals("Acme Ltd", window.fx(accountLink::getText));
            assertTrue(window.fx(() -> robot.lookup("#convertButton").queryButton().isDisabled()),
                    "a converted lead cannot be converted again");
        }
    }

    @Test
    void aNewLeadIsRefusedWithAWrongEmailAndSavedWithTheTeamsOwnChannel() throws Exception {
        open(context -> { });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the empty inbox is shown", () -> robot.lookup("#leadsTable").tryQuery().isPresent());

            robot.clickOn("#channelsButton");
            window.await("#channelsDialog", Node.class);
            robot.clickOn("#newChannelField").write("Website");
            robot.clickOn("#addChannelButton");
            assertTrue(window.fx(() -> robot.lookup(".field-error").queryAs(Label.class).isVisible()),
                    "a built-in channel's name is refused");
            window.fx(() -> {
                robot.lookup("#newChannelField").queryAs(javafx.scene.control.TextField.class).setText("Trade fair");
                return null;
            });
            robot.clickOn("#addChannelButton");
            window.waitUntil("the channel is listed", () -> robot.lookup("#ownChannelsList")
                    .queryListView().getItems().size() == 1);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            window.awaitGone("#channelsDialog");

            robot.clickOn("#newButton");
            window.waitUntil("the form is ready", () -> !robot.lookup("#saveButton").queryButton().isDisabled());
            robot.clickOn("#nameField").write("Linus");
            robot.clickOn("#companyField").write("Kernel Oy");
            robot.clickOn("#emailField").write("linus@");
            robot.clickOn("#saveButton");
            window.waitUntil("the e-mail is refused", () -> robot.lookup("#emailError").queryAs(Label.class)
                    .isVisible());
            assertEquals(0, window.services().leads().list().size(), "nothing saved");

            robot.clickOn("#emailField").write("kernel.example");
            @SuppressWarnings("unchecked")
            ComboBox<Object> channel = robot.lookup("#channelField").queryAs(ComboBox.class);
            window.fx(() -> {
                channel.getSelectionModel().select(channel.getItems().size() - 1); // the team's own comes last
                return null;
            });
            robot.clickOn("#saveButton");
            window.waitUntil("the lead is listed", () -> window.rows("#leadsTable") == 1);
            Lead saved = window.services().leads().list().get(0).lead();
            assertEquals("linus@kernel.example", saved.email());
            assertNull(saved.sourceChannel());
            assertEquals("Trade fair", saved.customChannel());
            assertEquals(LeadStatus.NEW, saved.status());
        }
    }

    private void open(java.util.function.Consumer<AppContext> seed) throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "section=LEADS\n");
        FieldbookWindow.prepare(dataFolder, seed);
    }

    private void seed(AppContext context) {
        UUID me = context.profile().profile().orElseThrow().me().id();
        acme = context.accounts().create(Account.create("Acme Ltd", me)).id();
        grace = context.leads().create(Lead.create("Grace Hopper", "ACME, Inc.", SourceChannel.WEBINAR, me)).id();
    }
}
