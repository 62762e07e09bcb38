package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.fieldbook.analytics.KpiFixture;
import org.fieldbook.analytics.Kpis;
import org.fieldbook.analytics.LinesAndPaymentsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's products and payments under its charts, for the fixture's Q2 2025, with a picture of them. */
class DashboardSalesFlowTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @Test
    void theProductsWonAndThePaymentsDueInThePeriodAreListed() throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=light\nwindow.width=1280\nwindow.height=800\n"
                + "section=DASHBOARD\n");
        FieldbookWindow.prepare(dataFolder, "Ada Lovelace", "USD", context -> {
            KpiFixture.load(context.store());
            LinesAndPaymentsFixture.load(context.store());
            context.analytics().saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
        });
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            DatePicker from = window.await("#fromField", DatePicker.class);
            DatePicker to = window.await("#toField", DatePicker.class);
            window.fx(() -> {
                from.setValue(LocalDate.of(2025, 4, 1));
                to.setValue(LocalDate.of(2025, 6, 30));
                return null;
            });
            TableView<Kpis.ProductFigures> products = window.table("#productsTable");
            window.waitUntil("the products of Q2 are listed", () -> products.getItems().size() == 3);
            assertEquals("LIC", window.fx(() -> products.getItems().get(0).code()));
            Label expected = robot.lookup("#paymentsExpected").queryAs(Label.class);
            Label received = robot.lookup("#paymentsReceived").queryAs(Label.class);
            Label overdue = robot.lookup("#paymentsOverdue").queryAs(Label.class);
            assertEquals("$30,100.00", window.fx(expected::getText));
            assertEquals("$14,200.00", window.fx(received::getText));
            // today is after Q2: all that is not covered of Q2 is overdue (see ReportProductsAndPaymentsTest)
            assertEquals("$15,900.00", window.fx(overdue::getText));

            Node cards = robot.lookup("#productsCard").query();
            var image = window.fx(() -> cards.getParent().snapshot(null, null));
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    SCREENSHOTS.resolve("dashboard-products-payments-light.png").toFile());
        }
    }
}
