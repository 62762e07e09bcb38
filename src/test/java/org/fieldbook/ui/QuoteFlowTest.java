package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.QuoteStatus;
import org.fieldbook.domain.TimelineEntry;
import org.fieldbook.service.QuoteFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's quotes through the real window: Edit › Company… refuses a wrong validity at its field and stores
 * the details; from a deal's history "Create quote" adds a numbered version to its timeline, and "Mark sent"
 * marks it and puts the e-mail on the same timeline.
 */
class QuoteFlowTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void aQuoteIsCreatedFromTheDealsHistoryAndMarkedSent() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> QuoteFixtures.deal(context.store(), 3));
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;

            window.fx(() -> {
                menuItem(window, "companyItem").fire();
                return null;
            });
            TextField name = window.await("#companyNameField", TextField.class);
            window.waitUntil("the details are read", () -> !name.isDisabled()
                    && !robot.lookup("#companyValidityField").queryAs(TextField.class).getText().isEmpty());
            robot.clickOn(name).write("Yuanhang Industrial");
            TextField days = robot.lookup("#companyValidityField").queryAs(TextField.class);
            robot.clickOn(days);
            window.fx(() -> {
                days.selectAll();
                return null;
            });
            robot.write("0");
            robot.clickOn("#saveCompanyButton");
            Label daysError = robot.lookup("#validityDaysError").queryAs(Label.class);
            window.waitUntil("the wrong validity is shown at its field", daysError::isVisible);
            assertTrue(window.fx(() -> robot.lookup("#companyDialog").tryQuery().isPresent()));
            shoot(window, "#companyDialog", "company-light.png");
            robot.clickOn(days);
            window.fx(() -> {
                days.selectAll();
                return null;
            });
            robot.write("45");
            robot.clickOn("#saveCompanyButton");
            window.awaitGone("#companyDialog");
            CompanyProfile stored = window.services().company().profile();
            assertEquals("Yuanhang Industrial", stored.name());
            assertEquals(45, stored.validityDays());

            robot.clickOn("#opportunitiesButton");
            window.waitUntil("the deal is listed", () -> window.rows("#opportunitiesTable") == 1);
            TableView<?> deals = window.table("#opportunitiesTable");
            window.fx(() -> {
                deals.getSelectionModel().select(0);
                return null;
            });
            robot.clickOn((Node) robot.lookup("#opportunitiesTable .table-row-cell").nth(0).query(), MouseButton.SECONDARY);
            robot.clickOn(window.await("#historyItem", Node.class));
            window.await("#historyDialog", Node.class);
            robot.clickOn(window.await("#createQuoteButton", Button.class));
            window.waitUntil("the quote is on the timeline, chosen", () -> selectedQuote(window) != null);
            var quote = window.fx(() -> selectedQuote(window).quote());
            assertEquals(1, quote.version());
            assertEquals(QuoteStatus.DRAFT, quote.status());
            assertEquals("Yuanhang Industrial", quote.companyName());
            assertEquals(quote.issuedOn().plusDays(45), quote.validUntil());
            Label status = robot.lookup("#quoteStatus").queryAs(Label.class);
            assertEquals("Quote " + quote.number() + ", version 1, created", window.fx(status::getText));
            assertTrue(window.fx(() -> !robot.lookup("#markSentButton").queryButton().isDisabled()));
            shoot(window, "#historyDialog", "quote-history-light.png");

            robot.clickOn("#markSentButton");
            window.waitUntil("the e-mail is on the timeline", () -> entries(window).stream()
                    .anyMatch(e -> e instanceof TimelineEntry.ActivityEntry a
                            && a.activity().activity().type() == ActivityType.EMAIL
                            && a.activity().activity().subject().equals("Quote " + quote.number()
                                    + " (version 1) sent")));
            window.waitUntil("the quote reads sent", () -> selectedQuote(window) != null
                    && selectedQuote(window).quote().status() == QuoteStatus.SENT);
            assertTrue(window.fx(() -> robot.lookup("#markSentButton").queryButton().isDisabled()),
                    "a sent quote is not sent twice");
            assertEquals(QuoteStatus.SENT, window.services().quotes().ofOpportunity(quote.opportunityId()).get(0)
                    .status());
        }
    }

    private static MenuItem menuItem(FieldbookWindow window, String id) {
        MenuBar bar = window.robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<TimelineEntry> entries(FieldbookWindow window) {
        return window.robot.lookup("#historyList").tryQuery()
                .map(n -> List.copyOf(((ListView<TimelineEntry>) n).getItems())).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static TimelineEntry.QuoteEntry selectedQuote(FieldbookWindow window) {
        return window.robot.lookup("#historyList").tryQuery()
                .map(n -> ((ListView<TimelineEntry>) n).getSelectionModel().getSelectedItem())
                .filter(TimelineEntry.QuoteEntry.class::isInstance).map(TimelineEntry.QuoteEntry.class::cast)
                .orElse(null);
    }

    private static void shoot(FieldbookWindow window, String anyNode, String file) throws Exception {
        Node inWindow = window.robot.lookup(anyNode).query();
        var image = window.fx(() -> inWindow.getScene().snapshot(null));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(file).toFile());
    }
}
