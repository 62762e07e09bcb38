package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.TimeOrderedId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manager's Approvals screen through the real window: the requests of two reps wait with their facts, a
 * rejection without a comment is refused, one is approved with a comment and leaves the inbox, the sidebar's
 * count follows, and the manager's own request (decided by someone else) shows with its decision below.
 */
class ApprovalsFlowTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void aManagerApprovesARequestWithACommentAndItLeavesTheInbox() throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"),
                "section=APPROVALS\ntheme=light\nwindow.width=1280\nwindow.height=800\n");
        UUID[] seats = new UUID[1];
        FieldbookWindow.prepare(dataFolder, "Mia Chen", "EUR", context -> seats[0] = seed(context));
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            TableView<?> inbox = window.await("#approvalInbox", TableView.class);
            window.waitUntil("two requests wait", () -> inbox.getItems().size() == 2);
            window.waitUntil("my own request is listed", () -> window.rows("#myRequests") == 1);
            javafx.scene.control.ToggleButton sidebar = robot.lookup("#approvalsButton")
                    .queryAs(javafx.scene.control.ToggleButton.class);
            assertTrue(window.fx(sidebar::getText).endsWith("(2)"), window.fx(sidebar::getText));
            robot.clickOn("Sunrise Hotels");
            window.waitUntil("a request is chosen", () -> inbox.getSelectionModel().getSelectedItem() != null);
            shoot(window, "approvals-inbox.png");

            robot.clickOn("#rejectButton");
            Label problem = window.await("#approvalProblem", Label.class);
            assertEquals("Say why you reject it: the rep reads your comment.", window.fx(problem::getText));

            robot.clickOn("#approvalComment").write("OK for the reference customer, 20 % at most");
            robot.clickOn("#approveButton");
            window.waitUntil("the request left the inbox", () -> inbox.getItems().size() == 1);
            window.waitUntil("the sidebar counts one", () -> sidebar.getText().endsWith("(1)"));

            AppContext services = window.services();
            ApprovalRequest decided = services.store().read(tx -> tx.approvalRequests().ofOpportunity(seats[0]))
                    .get(0);
            assertEquals(ApprovalStatus.APPROVED, decided.status());
            assertEquals("OK for the reference customer, 20 % at most", decided.comment());
            assertEquals(services.profile().profile().orElseThrow().me().id(), decided.decidedBy());
            window.fx(() -> {
                robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                        .flatMap(menu -> menu.getItems().stream())
                        .filter(item -> "approvalSettingsItem".equals(item.getId())).findFirst().orElseThrow().fire();
                return null;
            });
            TableView<?> team = window.await("#teamTable", TableView.class);
            window.waitUntil("the team is listed", () -> team.getItems().size() == 4);
            window.waitUntil("the rule is listed", () -> window.fx(() -> robot.lookup("#approvalRuleList")
                    .queryListView().getItems().size()) == 1);
            window.snapshot("approval-settings");
            robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);

            assertTrue(services.approvals().quoteRefusal(services.opportunities().edit(seats[0]).original())
                    .isEmpty(), "the quote is unblocked");
        }
    }

    @Test
    void theInboxInSimplifiedChinese() throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"),
                "section=APPROVALS\ntheme=light\nwindow.width=1280\nwindow.height=800\n");
        FieldbookWindow.prepare(dataFolder, "陈美", "CNY", ApprovalsFlowTest::seed);
        java.util.Locale before = java.util.Locale.getDefault();
        System.setProperty("fieldbook.locale", "zh-CN");
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            TableView<?> inbox = window.await("#approvalInbox", TableView.class);
            window.waitUntil("two requests wait", () -> inbox.getItems().size() == 2);
            window.waitUntil("my own request is listed", () -> window.rows("#myRequests") == 1);
            assertEquals("批准", window.fx(() -> window.robot.lookup("#approveButton")
                    .queryAs(javafx.scene.control.Button.class).getText()));
            shoot(window, "approvals-inbox-zh_CN.png");
        } finally {
            System.clearProperty("fieldbook.locale");
            java.util.Locale.setDefault(before);
        }
    }

    private static void shoot(FieldbookWindow window, String file) throws Exception {
        var image = window.fx(() -> window.robot.lookup("#approvalsScreen").query().getScene().snapshot(null));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(file).toFile());
    }

    /** Mia (this computer) manages Ann and Bo; two of their requests wait, one of hers was decided. Returns the first deal. */
    private static UUID seed(AppContext context) {
        SalesRep mia = context.profile().profile().orElseThrow().me();
        context.approvals().setRole(mia.id(), RepRole.MANAGER);
        SalesRep ann = new SalesRep(TimeOrderedId.next(), "Ann Becker", "ann@example.com", "DACH", "South");
        SalesRep bo = new SalesRep(TimeOrderedId.next(), "Bo Zhang", "bo@example.com", "APAC", "East");
        SalesRep lars = new SalesRep(TimeOrderedId.next(), "Lars Olsen", null, null, null, RepRole.MANAGER);
        context.store().writeVoid(tx -> tx.reps().insertAll(List.of(ann, bo, lars)));
        context.approvals().saveRule(ApprovalRule.discountAbove(new BigDecimal("15"), true, null));
        PipelineStage first = context.pipelines().pipelinesWithStages().values().iterator().next().get(0);
        Product licence = Product.create("FL-40", "Forklift lease", "month", "Leasing");
        context.products().save(licence, List.of(Money.of("1200", "EUR"), Money.of("8600", "CNY")));
        Opportunity seats = deal(context, "Sunrise Hotels", "Fleet renewal, 12 forklifts", first, licence, "12",
                "1200", "20", ann, "EUR");
        Opportunity shanghai = deal(context, "Hengtai Logistics", "Warehouse Pudong", first, licence, "30", "8600",
                "18", bo, "CNY");
        Opportunity mine = deal(context, "Nordic Freight", "Oslo terminal", first, licence, "8", "1200", "25", mia,
                "EUR");
        Instant now = Instant.now();
        context.store().writeVoid(tx -> tx.approvalRequests().insertAll(List.of(
                request(context, seats, ann, now.minus(Duration.ofHours(5)), "Competing offer from Linde at -18 %"),
                request(context, shanghai, bo, now.minus(Duration.ofMinutes(40)), "Three-year contract"),
                request(context, mine, mia, now.minus(Duration.ofDays(1)), null).decided(ApprovalStatus.REJECTED,
                        lars.id(), now.minus(Duration.ofHours(20)), "25 % is too much; 20 % at most"))));
        return seats.id();
    }

    private static Opportunity deal(AppContext context, String accountName, String title, PipelineStage stage,
                                    Product product, String quantity, String price, String discount, SalesRep owner,
                                    String currency) {
        Account account = context.accounts().create(Account.create(accountName, null));
        return context.opportunities().create(Opportunity.create(account.id(), stage, title, Money.of("0", currency),
                LocalDate.now().plusMonths(2), owner.id()), List.of(OpportunityLine.create(null, product.id(),
                new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(discount), 0)), owner.id());
    }

    private static ApprovalRequest request(AppContext context, Opportunity deal, SalesRep by, Instant at,
                                           String note) {
        var need = context.approvals().needed(deal.id(), ApprovalAction.quote());
        return ApprovalRequest.create(deal.id(), ApprovalAction.quote(), need.facts(), by.id(), at, note);
    }
}
