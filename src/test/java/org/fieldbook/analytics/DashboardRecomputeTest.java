package org.fieldbook.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's recompute reads the closed figures of the period and of the period before with the same
 * statements, and part of its figures on a second connection: it must give exactly what the report's
 * computation of each period gives on its own (over {@link KpiFixture}, whose values {@link KpiTest} checks
 * by hand).
 */
class DashboardRecomputeTest {
    @TempDir
    static Path folder;
    static Database database;
    AnalyticsService analytics;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void loadFixture() {
        TestDatabases.reset(database);
        KpiFixture.load(database.store());
        analytics = new AnalyticsService(database.store(), KpiTest.TODAY);
        analytics.saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
    }

    private static List<KpiFilter> filters() {
        KpiFilter q2 = KpiFilter.period(KpiTest.FROM, KpiTest.TO);
        return List.of(q2, q2.withPeriod(KpiTest.FROM.minusMonths(9), KpiTest.TO),
                new KpiFilter(KpiTest.FROM, KpiTest.TO, null, Set.of(KpiFixture.ANN), Set.of()),
                new KpiFilter(KpiTest.FROM, KpiTest.TO, KpiFixture.NEW_BUSINESS, Set.of(), Set.of("WEBSITE")));
    }

    @Test
    void thePeriodsFiguresAreTheReportsOwn() {
        for (KpiFilter filter : filters()) {
            assertEquals(analytics.compute(filter), analytics.dashboard(filter).kpis(), filter.toString());
        }
    }

    @Test
    void withoutARateTheSameFiguresAreRefused() {
        Map<String, BigDecimal> noEuro = new HashMap<>();
        noEuro.put("EUR", null);
        analytics.saveRates("USD", noEuro);
        KpiFilter q2 = KpiFilter.period(KpiTest.FROM, KpiTest.TO);
        Kpis now = analytics.dashboard(q2).kpis();
        assertEquals(List.of("EUR"), now.missingRates());
        assertEquals(analytics.compute(q2), now);
    }

    @Test
    void thePeriodBeforeHasTheClosedFiguresItWouldHaveAsThePeriod() {
        for (KpiFilter filter : filters()) {
            Headline before = analytics.dashboard(filter).before();
            Kpis alone = analytics.compute(filter.previous());
            assertEquals(alone.wonCount(), before.wonCount(), filter.toString());
            assertEquals(alone.wonAmount(), before.wonAmount(), filter.toString());
            assertEquals(alone.winRate(), before.winRate(), filter.toString());
            assertEquals(alone.avgDealSize(), before.avgDealSize(), filter.toString());
            assertEquals(alone.cycleDays().median(), before.medianCycleDays(), filter.toString());
            assertEquals(alone.newLogos(), before.newLogos(), filter.toString());
        }
    }

    @Test
    void theBenchRunsTheRecomputesStatementsOnItsTwoConnections() {
        List<List<String>> lanes = analytics.statementsOf(KpiFilter.period(KpiTest.FROM, KpiTest.TO));
        assertEquals(2, lanes.size());
        assertFalse(lanes.get(0).isEmpty());
        assertFalse(lanes.get(1).isEmpty());
        assertTrue(lanes.get(1).stream().anyMatch(sql -> sql.contains("\"STAGE_CHANGE\"")), "the funnel's join");
        assertTrue(analytics.runDirectly(lanes) > 0);
    }
}
