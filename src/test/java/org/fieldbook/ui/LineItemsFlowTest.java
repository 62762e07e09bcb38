package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's "add lines to an opportunity and see its amount follow", through the real window: a deal with a
 * typed amount gets two lines in its editor (a list price filled in and discounted, a price typed over), the
 * amount becomes their sum and read-only, a wrong line is refused at the fields, the save stores deal and lines
 * together, the editor reopens with them, and Ctrl+Z takes the whole save back.
 */
class LineItemsFlowTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void twoLinesMakeTheDealsAmountAndComeBackWhenItIsReopened() throws Exception {
        FieldbookWindow.prepare(dataFolder, context -> {
            Account acme = context.accounts().create(Account.create("Acme Tools", null));
            context.products().save(Product.create("FL-40", "Forklift lease", "month", "Leasing"),
                    List.of(Money.of("1200.00", "EUR"), Money.of("1300", "USD")));
            context.products().save(Product.create("SVC", "Service visit", "visit", "Service"),
                    List.of(Money.of("150", "EUR")));
            var stage = context.pipelines().pipelinesWithStages().values().iterator().next().get(0);
            context.opportunities().create(Opportunity.create(acme.id(), stage, "40 forklifts",
                    Money.of("5000", "EUR"), LocalDate.of(2030, 3, 31), null), null);
        });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            robot.clickOn("#opportunitiesButton");
            window.waitUntil("the deal is listed", () -> window.rows("#opportunitiesTable") == 1);
            openTheDeal(window);
            TextField amount = window.await("#amountField", TextField.class);
            window.waitUntil("the deal is read", () -> !amount.getText().isEmpty());
            assertTrue(window.fx(amount::isEditable), "without lines the amount is typed");

            choose(window, "FL-40");
            TextField price = robot.lookup("#linePriceField").queryAs(TextField.class);
            assertEquals("1,200.00", window.fx(price::getText), "the list price in the deal's currency");
            replace(window, "#lineQuantityField", "3");
            replace(window, "#lineDiscountField", "10");
            robot.clickOn("#addLineButton");
            choose(window, "SVC");
            replace(window, "#lineQuantityField", "2");
            replace(window, "#linePriceField", "99.99");
            robot.clickOn("#addLineButton");
            TableView<?> lines = window.table("#linesTable");
            window.waitUntil("two lines are listed", () -> lines.getItems().size() == 2);
            assertEquals("3,439.98", window.fx(amount::getText), "3 × 1,200 less 10 % + 2 × 99.99");
            assertFalse(window.fx(amount::isEditable), "while there are lines the amount is theirs");

            choose(window, "SVC");
            replace(window, "#lineQuantityField", "0");
            robot.clickOn("#addLineButton");
            Label problem = robot.lookup("#lineProblem").queryAs(Label.class);
            window.waitUntil("the wrong line is refused", problem::isVisible);
            assertEquals(2, window.fx(() -> lines.getItems().size()));
            replace(window, "#lineQuantityField", "1");
            window.waitUntil("the message goes once the field changes", () -> !problem.isVisible());
            window.fx(() -> {
                robot.lookup("#lineProductField").queryAs(ComboBox.class).setValue(null);
                return null;
            });
            shoot(window, "#linesTable", "line-items-light.png");

            robot.clickOn("#saveButton");
            window.awaitGone("#linesTable");
            var deal = window.services().opportunities().list().get(0).opportunity();
            assertEquals(0, new BigDecimal("3439.98").compareTo(deal.amount().amount()));
            assertEquals(2, window.services().opportunities().lines(deal.id()).size());

            window.waitUntil("the deal is listed again", () -> window.rows("#opportunitiesTable") == 1);
            openTheDeal(window);
            TableView<?> reopened = window.await("#linesTable", TableView.class);
            window.waitUntil("the lines come back", () -> reopened.getItems().size() == 2);
            TextField reopenedAmount = robot.lookup("#amountField").queryAs(TextField.class);
            assertEquals("3,439.98", window.fx(reopenedAmount::getText));
            assertFalse(window.fx(reopenedAmount::isEditable));
            robot.clickOn("#cancelButton");
            window.awaitGone("#linesTable");

            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            window.waitUntil("the save is taken back", () -> window.services().opportunities().lines(deal.id())
                    .isEmpty());
            assertEquals(0, new BigDecimal("5000").compareTo(window.services().opportunities().list().get(0)
                    .opportunity().amount().amount()), "the typed amount is back with the lines gone");
        }
    }

    private static void openTheDeal(FieldbookWindow window) {
        window.fx(() -> {
            TableView<?> deals = window.table("#opportunitiesTable");
            deals.getSelectionModel().select(0);
            deals.requestFocus();
            return null;
        });
        window.robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private static void choose(FieldbookWindow window, String code) {
        ComboBox<PricedProduct> products = window.await("#lineProductField", ComboBox.class);
        window.fx(() -> {
            products.setValue(products.getItems().stream().filter(p -> p.product().code().equals(code))
                    .findFirst().orElseThrow());
            return null;
        });
    }

    private static void replace(FieldbookWindow window, String id, String text) {
        TextField field = window.robot.lookup(id).queryAs(TextField.class);
        window.robot.clickOn(field);
        window.fx(() -> {
            field.selectAll();
            return null;
        });
        window.robot.write(text);
    }

    private static void shoot(FieldbookWindow window, String anyNode, String file) throws Exception {
        Node inWindow = window.robot.lookup(anyNode).query();
        var image = window.fx(() -> inWindow.getScene().snapshot(null));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(file).toFile());
    }
}
