package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.TimelineEntry;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.folder.FolderTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops and a team folder, through the real window on each: on the road a 20 % discount holds the quote
 * back, the rep asks for approval; in the office, after a folder sync, the manager approves it in the inbox;
 * back on the road, after the next sync, the quote is made.
 */
class ApprovalAcrossDevicesFlowTest {
    @TempDir
    Path temp;

    @Test
    void aDiscountRequestedOnTheRoadIsApprovedInTheOfficeAndTheQuoteIsMadeAfterTheNextSync() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        Path road = temp.resolve("road");
        Path office = temp.resolve("office");
        Files.createDirectories(road);
        Files.writeString(road.resolve("ui.properties"), "section=OPPORTUNITIES\n");
        Files.createDirectories(office);
        Files.writeString(office.resolve("ui.properties"), "section=APPROVALS\n");
        FieldbookWindow.prepare(office, "Mia Manager", "EUR", context -> {
            context.approvals().setRole(context.profile().profile().orElseThrow().me().id(), RepRole.MANAGER);
            context.approvals().saveRule(ApprovalRule.discountAbove(new BigDecimal("15"), true, null));
            exchange(team, context, "office");
        });
        UUID[] deal = new UUID[1];
        FieldbookWindow.prepare(road, "Ann Rep", "EUR", context -> {
            exchange(team, context, "road");
            deal[0] = seedDeal(context);
        });

        try (FieldbookWindow window = FieldbookWindow.open(road)) {
            var robot = window.robot;
            openHistory(window);
            robot.clickOn(window.await("#createQuoteButton", Button.class));
            Label status = window.await("#quoteStatus", Label.class);
            window.waitUntil("the rule holds the quote back", () -> status.getText()
                    .startsWith("A manager must approve a quote of this deal first"));
            assertTrue(window.services().quotes().ofOpportunity(deal[0]).isEmpty(), "no quote was made");
            Node history = robot.lookup("#historyDialog").query();
            window.fx(() -> {
                history.getScene().getWindow().hide();
                return null;
            });
            window.awaitGone("#historyDialog");

            robot.doubleClickOn((Node) robot.lookup("#opportunitiesTable .table-row-cell").nth(0).query());
            robot.clickOn(window.await("#requestQuoteApprovalButton", Button.class));
            window.waitUntil("the request is listed in the editor",
                    () -> robot.lookup("#dealApprovals .deal-approval").tryQuery().isPresent());
            robot.clickOn("#cancelButton");
        }
        inContext(road, context -> exchange(team, context, "road"));
        inContext(office, context -> exchange(team, context, "office"));

        try (FieldbookWindow window = FieldbookWindow.open(office)) {
            var robot = window.robot;
            TableView<?> inbox = window.await("#approvalInbox", TableView.class);
            window.waitUntil("Ann's request waits", () -> inbox.getItems().size() == 1);
            window.fx(() -> {
                inbox.getSelectionModel().select(0);
                return null;
            });
            robot.clickOn("#approvalComment").write("Fine for a reference customer");
            robot.clickOn("#approveButton");
            window.waitUntil("it left the inbox", () -> inbox.getItems().isEmpty());
        }
        inContext(office, context -> exchange(team, context, "office"));
        inContext(road, context -> exchange(team, context, "road"));

        try (FieldbookWindow window = FieldbookWindow.open(road)) {
            var robot = window.robot;
            var request = window.services().store().read(tx -> tx.approvalRequests().ofOpportunity(deal[0])).get(0);
            assertEquals(ApprovalStatus.APPROVED, request.status());
            openHistory(window);
            robot.clickOn(window.await("#createQuoteButton", Button.class));
            window.waitUntil("the quote is made and on the timeline", () -> quoteOnTimeline(window));
            assertEquals(1, window.services().quotes().ofOpportunity(deal[0]).size());
        }
    }

    private static void openHistory(FieldbookWindow window) throws Exception {
        var robot = window.robot;
        window.waitUntil("the deal is listed", () -> window.rows("#opportunitiesTable") == 1);
        TableView<?> deals = window.table("#opportunitiesTable");
        window.fx(() -> {
            deals.getSelectionModel().select(0);
            return null;
        });
        robot.clickOn((Node) robot.lookup("#opportunitiesTable .table-row-cell").nth(0).query(),
                MouseButton.SECONDARY);
        robot.clickOn(window.await("#historyItem", Node.class));
        window.await("#historyDialog", Node.class);
    }

    @SuppressWarnings("unchecked")
    private static boolean quoteOnTimeline(FieldbookWindow window) {
        return window.robot.lookup("#historyList").tryQuery()
                .map(n -> ((ListView<TimelineEntry>) n).getItems().stream()
                        .anyMatch(TimelineEntry.QuoteEntry.class::isInstance)).orElse(false);
    }

    private static UUID seedDeal(AppContext context) {
        UUID me = context.profile().profile().orElseThrow().me().id();
        Product licence = Product.create("LIC", "Licence", "seat", null);
        context.products().save(licence, List.of(Money.of("100", "EUR")));
        Account account = context.accounts().create(Account.create("Initech", null));
        PipelineStage first = context.pipelines().pipelinesWithStages().values().iterator().next().get(0);
        return context.opportunities().create(Opportunity.create(account.id(), first, "Seats for Initech",
                Money.of("0", "EUR"), LocalDate.of(2027, 3, 1), me), List.of(OpportunityLine.create(null,
                licence.id(), BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("20"), 0)), me).id();
    }

    private static void inContext(Path folder, java.util.function.Consumer<AppContext> work) {
        try (AppContext context = AppContext.open(folder)) {
            work.accept(context);
        }
    }

    private static void exchange(Path team, AppContext context, String name) {
        try {
            new FolderTransport(team, null).exchange(new SyncEngine(context.store()), name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
