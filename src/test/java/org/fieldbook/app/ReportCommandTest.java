package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.analytics.KpiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCommandTest {
    /** Every key of KPIS.md's main table. */
    static final List<String> KPIS = List.of("open_count", "open_amount", "weighted_amount", "won_count", "won_amount",
            "lost_count", "lost_amount", "lost_by_reason", "win_rate", "win_rate_amount", "avg_deal_size", "arpa",
            "cycle_days", "funnel", "stage_conversion", "velocity", "forecast", "channel", "first_response_hours",
            "reps", "activities_per_week", "new_logos", "expansion_amount", "account_tiers", "rfm");

    @TempDir
    Path temp;

    private JsonNode report(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--json", "--data-dir", temp.toString()));
        args.addAll(List.of(options));
        CommandRun run = fieldbook(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return reader().readTree(run.out());
    }

    /** Reads numbers as written, so that 37000.00 is not 37000.0. */
    private static ObjectMapper reader() {
        return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    private void fixture(boolean withRate) {
        try (AppContext context = AppContext.open(temp)) {
            KpiFixture.load(context.store());
            if (withRate) {
                context.analytics().saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
            } else {
                context.analytics().saveRates("USD", Map.of());
            }
        }
    }

    @Test
    void theReportOfTheFixtureHasEveryKpiWithTheHandComputedValues() throws Exception {
        fixture(true);
        JsonNode kpis = report("--from", "2025-04-01", "--to", "2025-06-30");
        for (String key : KPIS) {
            assertTrue(kpis.has(key), "no " + key + " in " + kpis);
        }
        // the values KpiTest works out by hand
        assertEquals(new BigDecimal("37000.00"), kpis.get("won_amount").decimalValue());
        assertEquals(3, kpis.get("won_count").asInt());
        assertEquals(0.75, kpis.get("win_rate").asDouble(), 1e-12);
        assertEquals(new BigDecimal("12333.33"), kpis.get("avg_deal_size").decimalValue());
        assertEquals(1.0 / 3, kpis.get("cycle_days").get("share_ge_120").asDouble(), 1e-12);
        assertEquals(40.0, kpis.get("cycle_days").get("median").asDouble(), 1e-9);
        assertEquals(105.0, kpis.get("cycle_days").get("p75").asDouble(), 1e-9);
        assertEquals(5, kpis.get("funnel").get(0).get("steps").get(1).get("reached").asInt());
        assertEquals(6.0, kpis.get("first_response_hours").asDouble(), 1e-9);
        assertEquals("Bob", kpis.get("reps").get(0).get("owner").asText());
        assertEquals("2025-W14", kpis.get("activities_per_week").get(0).get("week").asText());
        assertEquals(1, kpis.get("new_logos").asInt());
        assertEquals("C", kpis.get("account_tiers").get("accounts").get(3).get("tier").asText());
        assertEquals(new BigDecimal("15000.00"), kpis.get("expansion_amount").decimalValue());
        assertEquals("2025-04-01", kpis.get("filter").get("from").asText());
        assertTrue(kpis.get("forecast").get(0).has("best_case"));
        assertEquals(0, kpis.get("missing_rates").size());
    }

    @Test
    void filtersAreNamedAsTheUserKnowsThem() throws Exception {
        fixture(true);
        JsonNode bob = report("--from", "2025-04-01", "--to", "2025-06-30", "--owner", "bob");
        assertEquals(1, bob.get("won_count").asInt());
        JsonNode expansion = report("--from", "2025-04-01", "--to", "2025-06-30", "--pipeline", "Expansion");
        assertEquals(new BigDecimal("5000.00"), expansion.get("won_amount").decimalValue());
        JsonNode website = report("--from", "2025-04-01", "--to", "2025-06-30", "--channel", "website");
        assertEquals(new BigDecimal("22000.00"), website.get("won_amount").decimalValue());
    }

    @Test
    void aMissingRateMakesTheAmountsNullAndIsNamedOnStderr() throws Exception {
        fixture(false);
        CommandRun run = fieldbook("report", "--json", "--from", "2025-04-01", "--to", "2025-06-30", "--data-dir",
                temp.toString());
        assertEquals(0, run.exitCode());
        JsonNode kpis = reader().readTree(run.out());
        assertTrue(kpis.get("won_amount").isNull());
        assertEquals("EUR", kpis.get("missing_rates").get(0).asText());
        assertTrue(run.err().contains("EUR"), run.err());
        JsonNode withRate = report("--from", "2025-04-01", "--to", "2025-06-30", "--rate", "EUR=1.10");
        assertEquals(new BigDecimal("37000.00"), withRate.get("won_amount").decimalValue());
    }

    @Test
    void demoDataReportsEveryKpiWithItsOwnRates() throws Exception {
        CommandRun demo = fieldbook("demo-data", "--seed", "3", "--opportunities", "400", "--data-dir", temp.toString());
        assertEquals(0, demo.exitCode(), demo.err());
        JsonNode kpis = report();
        for (String key : KPIS) {
            assertTrue(kpis.has(key), "no " + key);
        }
        assertEquals(0, kpis.get("missing_rates").size(), kpis.get("missing_rates").toString());
        assertTrue(kpis.get("won_count").asInt() > 0);
        assertTrue(kpis.get("won_amount").decimalValue().signum() > 0);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            --from,     2025-13-01, Invalid value for option '--from'
            --to,       yesterday,  Invalid value for option '--to'
            --pipeline, Nowhere,    no pipeline named 'Nowhere'
            --owner,    Zed,        no owner named 'Zed'
            --channel,  carrier pigeon, no deal or lead has the channel
            --currency, XYZ,        is not an ISO 4217 code
            --rate,     EUR=cheap,  is not a currency code and a positive number
            """)
    void badInputIsOneLineOnStderrAndExitCodeTwo(String option, String value, String message) {
        fixture(true);
        CommandRun refused = fieldbook("report", "--json", option, value, "--data-dir", temp.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertEquals("", refused.out());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("fieldbook: ") && refused.err().contains(message), refused.err());
    }
}
