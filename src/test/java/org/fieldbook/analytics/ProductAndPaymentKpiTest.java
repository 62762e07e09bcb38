package org.fieldbook.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** The {@code products} and {@code payments} KPIs over {@link LinesAndPaymentsFixture}, worked out by hand. */
class ProductAndPaymentKpiTest {
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
        LinesAndPaymentsFixture.load(database.store());
        analytics = new AnalyticsService(database.store(), KpiTest.TODAY);
        analytics.saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
    }

    private Kpis q2() {
        return analytics.compute(KpiFilter.period(KpiTest.FROM, KpiTest.TO));
    }

    @Test
    void productsAddUpTheLinesOfTheDealsWonInThePeriod() {
        List<Kpis.ProductFigures> products = q2().products();
        assertEquals(List.of("LIC", "HW", "SVC"), products.stream().map(Kpis.ProductFigures::code).toList(),
                "by won amount; HW counts though removed from the catalogue");
        Kpis.ProductFigures licence = products.get(0);
        // D1 900.00 + D2 800.00 EUR × 1.10 = 880.00
        assertEquals(new BigDecimal("1780.00"), licence.wonAmount());
        assertEquals(0, new BigDecimal("15").compareTo(licence.units()), "10 + 5; D3's deleted line left out");
        // (1,000 × 10 % + 1,000 EUR × 1.10 × 20 %) / (1,000 + 1,100) = 32,000 / 2,100 = 15.238… %
        assertEquals(new BigDecimal("15.24"), licence.averageDiscount());
        assertEquals(2, licence.deals());
        Kpis.ProductFigures hardware = products.get(1);
        assertEquals(new BigDecimal("475.00"), hardware.wonAmount());
        assertEquals(new BigDecimal("5.00"), hardware.averageDiscount());
        Kpis.ProductFigures service = products.get(2);
        // D1 3 × 33.33 = 99.99 + D2 10.005 → 10.01 EUR (the line rounds first) × 1.10 = 11.011; 111.001 → 111.00
        assertEquals(new BigDecimal("111.00"), service.wonAmount());
        assertEquals(0, new BigDecimal("4").compareTo(service.units()));
        assertEquals(new BigDecimal("0.00"), service.averageDiscount());
    }

    @Test
    void paymentsDueInThePeriodArePaidOldestFirstAndOverdueOnlyOncePastDue() {
        Kpis.PaymentFigures payments = q2().payments();
        // D1 05-15 3,000; D2 05-02 and 06-20 20,000 EUR = 22,000; D3 06-10 5,000 and 06-15 100; D9 reopened: out
        assertEquals(5, payments.entries());
        assertEquals(new BigDecimal("30100.00"), payments.expected());
        // D1: 5,000 received pays 03-15's 4,000 first, then 1,000 of 05-15; D2: 12,000 EUR = 13,200; D3: none
        assertEquals(new BigDecimal("14200.00"), payments.received());
        // D1 05-15: 2,000 still owed; D3 06-10: 5,000; D2 06-20 and D3 06-15 are not past due on 06-15
        assertEquals(new BigDecimal("7000.00"), payments.overdue());
        assertEquals(2, payments.overdueEntries());
    }

    @Test
    void theFiltersNarrowBothFigures() {
        Kpis bob = analytics.compute(new KpiFilter(KpiTest.FROM, KpiTest.TO, null, Set.of(KpiFixture.BOB),
                Set.of()));
        assertEquals(List.of("LIC", "SVC"), bob.products().stream().map(Kpis.ProductFigures::code).toList());
        assertEquals(new BigDecimal("880.00"), bob.products().get(0).wonAmount());
        assertEquals(new BigDecimal("11.01"), bob.products().get(1).wonAmount());
        assertEquals(new BigDecimal("22000.00"), bob.payments().expected());
        assertEquals(new BigDecimal("13200.00"), bob.payments().received());
        assertEquals(new BigDecimal("0.00"), bob.payments().overdue());
    }

    @Test
    void aMissingRateLeavesTheFiguresThatNeedItOut() {
        analytics.saveRates("USD", java.util.Collections.singletonMap("EUR", null));
        Kpis kpis = q2();
        Kpis.ProductFigures licence = kpis.products().stream().filter(p -> p.code().equals("LIC")).findFirst()
                .orElseThrow();
        assertNull(licence.wonAmount(), "D2 is in euros");
        assertNull(licence.averageDiscount());
        Kpis.ProductFigures hardware = kpis.products().stream().filter(p -> p.code().equals("HW")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("475.00"), hardware.wonAmount(), "all in dollars");
        assertNull(kpis.payments().expected());
        assertNull(kpis.payments().overdue());
        assertTrue(kpis.missingRates().contains("EUR"));
    }

    @Test
    void anEmptyPeriodGivesZerosAndNoProducts() {
        Kpis empty = analytics.compute(KpiFilter.period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
        assertTrue(empty.products().isEmpty());
        assertEquals(0, empty.payments().entries());
        assertEquals(new BigDecimal("0.00"), empty.payments().expected());
        assertEquals(new BigDecimal("0.00"), empty.payments().received());
        assertEquals(new BigDecimal("0.00"), empty.payments().overdue());
    }
}
