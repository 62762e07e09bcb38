package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.fieldbook.analytics.KpiFixture;
import org.fieldbook.analytics.LinesAndPaymentsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --json} carries the products and payments keys of KPIS.md, with the fixture's figures. */
class ReportProductsAndPaymentsTest {
    @TempDir
    Path temp;

    @Test
    void theReportHasProductsAndPayments() throws Exception {
        try (AppContext context = AppContext.open(temp)) {
            KpiFixture.load(context.store());
            LinesAndPaymentsFixture.load(context.store());
            context.analytics().saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
        }
        CommandRun run = fieldbook("report", "--json", "--data-dir", temp.toString(), "--from", "2025-04-01",
                "--to", "2025-06-30");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode kpis = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .readTree(run.out());

        JsonNode licence = kpis.get("products").get(0);
        assertEquals("LIC", licence.get("code").asText());
        assertEquals(new BigDecimal("1780.00"), licence.get("won_amount").decimalValue());
        assertEquals(0, new BigDecimal("15").compareTo(licence.get("units").decimalValue()));
        assertEquals(new BigDecimal("15.24"), licence.get("average_discount").decimalValue());
        assertEquals(3, kpis.get("products").size());

        JsonNode payments = kpis.get("payments");
        assertEquals(new BigDecimal("30100.00"), payments.get("expected").decimalValue());
        assertEquals(new BigDecimal("14200.00"), payments.get("received").decimalValue());
        // today is long past Q2: everything of Q2 not covered is overdue: D1 2,000 + D2 06-20 8,000 EUR (8,800)
        // + D3 5,000 + D3 100
        assertEquals(new BigDecimal("15900.00"), payments.get("overdue").decimalValue());
        assertEquals(4, payments.get("overdue_entries").asInt());
    }
}
