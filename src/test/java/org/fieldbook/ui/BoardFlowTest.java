package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's "done when", through the real window: drags between and within columns and onto Won and Lost,
 * a stage's required field asked for and cancelled, a refused write, the keyboard move and its undo; then
 * the database is read to see what was stored.
 */
class BoardFlowTest {
    private static final String PROSPECTING = "#stage-prospecting";
    private static final String QUALIFICATION = "#stage-qualification";
    private static final String PROPOSAL = "#stage-proposal";
    private static final String NEGOTIATION = "#stage-negotiation";

    @TempDir
    Path dataFolder;
    private final Map<String, UUID> deals = new HashMap<>();
    private final Map<String, UUID> stages = new HashMap<>();

    @Test
    void dragsKeysAndUndoAreStoredWithTheirStageHistory() throws Exception {
        FieldbookWindow.prepare(dataFolder, this::seed);
        Files.delete(dataFolder.resolve("ui.properties")); // a first start: the board is the default screen
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the board shows its cards", () -> titles(window, PROSPECTING).size() == 5);
            assertEquals(List.of("Forklifts", "Service contract", "Line upgrade", "Spare parts", "Old quote"),
                    titles(window, PROSPECTING));

            robot.drag(card(window, "Forklifts"), MouseButton.PRIMARY).dropTo(PROPOSAL);
            window.waitUntil("Forklifts is in Proposal", () -> titles(window, PROPOSAL).equals(List.of("Forklifts")));
            window.waitUntil("the header counts it", () -> header(window, PROPOSAL).contains("1 deal"));
            window.waitUntil("each shifted card is laid out in its cell and read as its deal",
                    () -> cardsFillTheirCells(window));

            robot.drag(card(window, "Spare parts"), MouseButton.PRIMARY);
            robot.moveTo(card(window, "Line upgrade"), Pos.TOP_CENTER, new Point2D(0, 12), org.testfx.robot.Motion.DIRECT);
            robot.drop();
            window.waitUntil("Spare parts is above Line upgrade", () -> titles(window, PROSPECTING)
                    .equals(List.of("Service contract", "Spare parts", "Line upgrade", "Old quote")));

            // Service contract has no amount: Proposal asks for it, and Cancel puts the card back
            robot.drag(card(window, "Service contract"), MouseButton.PRIMARY).dropTo(PROPOSAL);
            window.await("#requiredAmountField", javafx.scene.control.TextField.class);
            robot.clickOn("#cancelButton");
            window.waitUntil("Service contract is back", () -> titles(window, PROSPECTING)
                    .equals(List.of("Service contract", "Spare parts", "Line upgrade", "Old quote")));
            assertEquals(List.of("Forklifts"), titles(window, PROPOSAL));

            robot.drag(card(window, "Line upgrade"), MouseButton.PRIMARY).moveTo("#wonZone").drop();
            window.waitUntil("Line upgrade left the board", () -> !titles(window, PROSPECTING)
                    .contains("Line upgrade"));

            robot.drag(card(window, "Service contract"), MouseButton.PRIMARY).moveTo("#lostZone").drop();
            @SuppressWarnings("unchecked")
            ComboBox<String> reason = window.await("#lostReasonField", ComboBox.class);
            assertTrue(window.fx(() -> reason.getItems().contains("Price too high")), "the default reasons");
            window.fx(() -> {
                reason.getEditor().setText("Bad timing");
                return null;
            });
            robot.clickOn("#forgetLostReason");
            window.waitUntil("Bad timing is off the list", () -> !reason.getItems().contains("Bad timing"));
            window.fx(() -> {
                reason.getEditor().setText("Chose to lease instead");
                return null;
            });
            window.snapshot("board-lost-dialog");
            robot.clickOn("#saveButton");
            window.waitUntil("Service contract left the board", () -> titles(window, PROSPECTING)
                    .equals(List.of("Spare parts", "Old quote")));

            robot.drag(card(window, "Old quote"), MouseButton.PRIMARY).moveTo("#deleteZone").drop();
            robot.clickOn(window.await("#confirmDeleteButton", javafx.scene.control.Button.class));
            window.waitUntil("Old quote was deleted", () -> titles(window, PROSPECTING).equals(List.of("Spare parts")));

            // the database refuses the next write: the card goes back and the board says why
            window.sqlBehindTheWindow("ALTER TABLE opportunity ADD CONSTRAINT refuse_negotiation CHECK (stage_id <> '"
                    + stages.get("Negotiation") + "')");
            robot.drag(card(window, "Forklifts"), MouseButton.PRIMARY).dropTo(NEGOTIATION);
            window.waitUntil("the problem is shown", () -> robot.lookup("#problemLabel").queryAs(Label.class)
                    .isVisible() && !robot.lookup("#problemLabel").queryAs(Label.class).getText().isEmpty());
            window.waitUntil("Forklifts is back in Proposal", () -> titles(window, PROPOSAL)
                    .equals(List.of("Forklifts")) && titles(window, NEGOTIATION).isEmpty());
            window.sqlBehindTheWindow("ALTER TABLE opportunity DROP CONSTRAINT refuse_negotiation");

            robot.clickOn(card(window, "Spare parts"));
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT,
                    KeyCode.CONTROL);
            window.waitUntil("Spare parts moved one stage", () -> titles(window, QUALIFICATION)
                    .equals(List.of("Spare parts")) && titles(window, PROSPECTING).isEmpty());
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            window.waitUntil("Ctrl+Z took it back", () -> titles(window, PROSPECTING).equals(List.of("Spare parts"))
                    && titles(window, QUALIFICATION).isEmpty());
        }

        try (AppContext context = AppContext.open(dataFolder)) {
            var opportunities = context.opportunities();
            Opportunity forklifts = opportunities.edit(deals.get("Forklifts")).original();
            assertEquals(stages.get("Proposal"), forklifts.stageId());
            assertEquals(2, opportunities.history(forklifts.id()).size(), "created, then moved once");
            assertEquals(stages.get("Proposal"), opportunities.history(forklifts.id()).get(1).toStageId());

            Opportunity spareParts = opportunities.edit(deals.get("Spare parts")).original();
            Opportunity lineUpgrade = opportunities.edit(deals.get("Line upgrade")).original();
            assertTrue(spareParts.position() < lineUpgrade.position(), "the reorder was stored");
            assertEquals(stages.get("Prospecting"), spareParts.stageId(), "the keyboard move was undone");
            assertEquals(1, opportunities.history(spareParts.id()).size(), "its history record went with it");

            assertEquals(OpportunityStatus.WON, lineUpgrade.status());
            assertNotNull(lineUpgrade.closedAt());
            Opportunity service = opportunities.edit(deals.get("Service contract")).original();
            assertEquals(OpportunityStatus.LOST, service.status());
            assertEquals("Chose to lease instead", service.lostReason());
            assertEquals(0, service.amount().amount().signum(), "the cancelled dialog saved nothing");
            assertTrue(opportunities.list().stream().noneMatch(s -> s.opportunity().title().equals("Old quote")),
                    "deleted after asking");
            assertEquals(List.of("Chose to lease instead", "Price too high"),
                    context.board().lostReasons(List.of()).subList(0, 2), "the new reason heads the list");
        }
    }

    private void seed(AppContext context) {
        UUID me = context.profile().profile().orElseThrow().me().id();
        List<PipelineStage> newBusiness = context.pipelines().pipelinesWithStages().values().iterator().next();
        newBusiness.forEach(stage -> stages.put(stage.name(), stage.id()));
        PipelineStage prospecting = newBusiness.get(0);
        Account acme = context.accounts().create(Account.create("Acme Tools", me));
        String[][] seeded = {{"Forklifts", "12500"}, {"Service contract", "0"}, {"Line upgrade", "8000"},
            {"Spare parts", "950"}, {"Old quote", "300"}};
        double position = 1;
        for (String[] deal : seeded) {
            Opportunity created = Opportunity.create(acme.id(), prospecting, deal[0],
                    new Money(new BigDecimal(deal[1]), "EUR"), LocalDate.of(2030, 3, 31), me).withPosition(position++);
            deals.put(deal[0], context.opportunities().create(created, me).id());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(FieldbookWindow window, String column) {
        return window.fx(() -> ((ListView<BoardCard>) window.robot.lookup(column).query()).getItems().stream()
                .map(card -> card.opportunity().title()).toList());
    }

    private static String header(FieldbookWindow window, String column) {
        return window.fx(() -> {
            Node list = window.robot.lookup(column).query();
            return ((javafx.scene.layout.VBox) list.getParent()).getChildren().get(0).lookupAll(".label").stream()
                    .map(label -> ((Label) label).getText()).toList().toString();
        });
    }

    /**
     * Whether every visible card fills its cell and shows its own deal's title, and a screen reader hears that
     * deal: the card lays itself out apart from the cell (CardCell.CardHolder) and its spoken text is worked out
     * when asked, so a cell that shows another card after a move must still be right.
     */
    private static boolean cardsFillTheirCells(FieldbookWindow window) {
        List<Node> cells = window.robot.lookup(".card-cell").queryAll().stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.getItem() instanceof BoardCard
                        && cell.isVisible())
                .toList();
        return !cells.isEmpty() && cells.stream().allMatch(node -> {
            ListCell<?> cell = (ListCell<?>) node;
            Node card = cell.lookup(".deal-card");
            Label title = (Label) cell.lookup(".card-title");
            double inside = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            String deal = ((BoardCard) cell.getItem()).opportunity().title();
            Object spoken = cell.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT);
            return card instanceof javafx.scene.layout.Region region && region.isVisible()
                    && Math.abs(region.getWidth() - inside) < 1 && region.getHeight() > 40
                    && title.getText().equals(deal)
                    && spoken instanceof String text && text.startsWith(deal + ", ") && text.contains("days in this stage");
        });
    }

    /** The cell showing the card of {@code title}. */
    private static Node card(FieldbookWindow window, String title) {
        return window.fx(() -> window.robot.lookup(".card-cell").queryAll().stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.getItem() instanceof BoardCard card
                        && card.opportunity().title().equals(title) && cell.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no card " + title)));
    }
}
