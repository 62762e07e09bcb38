package org.fieldbook.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * Every KPI of KPIS.md over {@link KpiFixture}, each expected value worked out by hand from the fixture's
 * table (the arithmetic is in the comments), for Q2 2025 in UTC with EUR at 1.10 USD.
 */
class KpiTest {
    static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    static final LocalDate TO = LocalDate.of(2025, 6, 30);
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneId.of("UTC"));

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
        analytics = new AnalyticsService(database.store(), TODAY);
        analytics.saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
    }

    private Kpis q2() {
        return analytics.compute(KpiFilter.period(FROM, TO));
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void openPipelineIsEveryOpenDealNowAtItsStageProbability() {
        Kpis kpis = q2();
        // D5 12,000 + D6 4,000 + D7 1,000 EUR = 1,100 + D9 (reopened) 7,000
        assertEquals(4, kpis.openCount());
        assertEquals(usd("24100.00"), kpis.openAmount());
        // 12,000 × 50 % + 4,000 × 25 % + 1,100 × 75 % + 7,000 × 75 % = 6,000 + 1,000 + 825 + 5,250
        assertEquals(usd("13075.00"), kpis.weightedAmount());
        var byStage = kpis.openByStage();
        assertEquals(List.of("Qualification", "Proposal", "Negotiation"), byStage.stream().map(Kpis.StageFigures::stage)
                .toList());
        assertEquals(List.of(1L, 1L, 2L), byStage.stream().map(Kpis.StageFigures::count).toList());
        assertEquals(List.of(usd("4000.00"), usd("12000.00"), usd("8100.00")),
                byStage.stream().map(Kpis.StageFigures::amount).toList());
        assertEquals(List.of(usd("1000.00"), usd("6000.00"), usd("6075.00")),
                byStage.stream().map(Kpis.StageFigures::weighted).toList());
    }

    @Test
    void wonAndLostCountOnlyLiveDealsClosedInThePeriodAndNotReopenedOnes() {
        Kpis kpis = q2();
        // won: D1 10,000 + D2 20,000 EUR = 22,000 + D3 5,000; not D8 (deleted), not D9 (reopened)
        assertEquals(3, kpis.wonCount());
        assertEquals(usd("37000.00"), kpis.wonAmount());
        assertEquals(1, kpis.lostCount());
        assertEquals(usd("8000.00"), kpis.lostAmount());
        assertEquals(List.of(new Kpis.ReasonCount("Price", 1)), kpis.lostByReason());
        assertEquals(0.75, kpis.winRate(), 1e-12);                       // 3 / (3 + 1)
        assertEquals(37_000.0 / 45_000.0, kpis.winRateAmount(), 1e-12);  // 37,000 / (37,000 + 8,000)
        assertEquals(usd("12333.33"), kpis.avgDealSize());               // 37,000 / 3
        assertEquals(usd("18500.00"), kpis.arpa());                      // 37,000 / 2 accounts (Acme, Beta)
    }

    @Test
    void cycleDaysAreWholeCalendarDaysFromCreationToWin() {
        Kpis.CycleDays cycle = q2().cycleDays();
        // D1 2024-11-01 → 2025-04-20 = 29 + 31 + 31 + 28 + 31 + 20 = 170; D2 30; D3 05-01 → 06-10 = 40
        assertEquals(3, cycle.wins());
        assertEquals(40.0, cycle.median(), 1e-9);
        assertEquals(80.0, cycle.mean(), 1e-9);           // (30 + 40 + 170) / 3
        assertEquals(105.0, cycle.p75(), 1e-9);           // 40 + 0.5 × (170 − 40), linear between ranks
        assertEquals(1.0 / 3, cycle.shareGe120(), 1e-12);
        assertEquals(0.0, cycle.shareGe210(), 1e-12);
        var histogram = q2().cycleHistogram();
        assertEquals(2, histogram.get(1).wins());  // 30 and 40 days: 30–59
        assertEquals(0, histogram.get(0).wins());
        assertEquals(1, histogram.get(5).wins());  // 170 days: 150–179
        assertEquals(3, histogram.stream().mapToLong(Kpis.CycleBucket::wins).sum());
    }

    @Test
    void funnelCountsDealsCreatedInThePeriodByTheFurthestStageTheyReached() {
        Kpis kpis = q2();
        Kpis.Funnel newBusiness = kpis.funnel().get(0);
        assertEquals(KpiFixture.NEW_BUSINESS, newBusiness.pipelineId());
        // created in Q2: D2 (→ won), D4 (→ Qualification, lost), D5 (Proposal, skipping Qualification),
        // D6 (no history: counts as created in Qualification), D9 (won once, now Negotiation); not D8 (deleted)
        assertEquals(List.of(5L, 5L, 3L, 2L, 1L), newBusiness.steps().stream().map(Kpis.Funnel.Step::reached)
                .toList());
        assertNull(newBusiness.steps().get(4).stageId());
        Kpis.Funnel expansion = kpis.funnel().get(1);
        assertEquals(List.of(1L, 1L, 1L, 1L), expansion.steps().stream().map(Kpis.Funnel.Step::reached).toList());
        var conversions = kpis.stageConversion().stream()
                .filter(c -> c.pipelineId().equals(KpiFixture.NEW_BUSINESS)).map(Kpis.Funnel.Conversion::rate)
                .toList();
        assertEquals(1.0, conversions.get(0), 1e-12);
        assertEquals(0.6, conversions.get(1), 1e-12);
        assertEquals(2.0 / 3, conversions.get(2), 1e-12);
        assertEquals(0.5, conversions.get(3), 1e-12);
    }

    @Test
    void velocityIsOpenCountTimesWinRateTimesDealSizeOverMeanCycle() {
        // 4 × 0.75 × 12,333.33… ÷ 80 = 462.50 per day
        assertEquals(usd("462.50"), q2().velocity());
    }

    @Test
    void forecastCoversThisMonthAndTheNextFive() {
        List<Kpis.ForecastMonth> forecast = q2().forecast();
        assertEquals(6, forecast.size());
        assertEquals(YearMonth.of(2025, 6), forecast.get(0).month());
        assertEquals(YearMonth.of(2025, 11), forecast.get(5).month());
        // June: D6 4,000 at 25 % and D9 7,000 at 75 %
        assertEquals(new Kpis.ForecastMonth(YearMonth.of(2025, 6), usd("6250.00"), usd("11000.00"), usd("7000.00")),
                forecast.get(0));
        // July: D5 12,000 at 50 %; August: D7 1,100 at 75 %
        assertEquals(new Kpis.ForecastMonth(YearMonth.of(2025, 7), usd("6000.00"), usd("12000.00"), usd("0.00")),
                forecast.get(1));
        assertEquals(new Kpis.ForecastMonth(YearMonth.of(2025, 8), usd("825.00"), usd("1100.00"), usd("1100.00")),
                forecast.get(2));
        assertEquals(usd("0.00"), forecast.get(3).bestCase());
    }

    @Test
    void channelsJoinTheirLeadsOfThePeriodWithTheirDealsClosedInIt() {
        List<Kpis.ChannelFigures> channels = q2().channel();
        assertEquals(List.of("REFERRAL", "WEBSITE"), channels.stream().map(Kpis.ChannelFigures::channel).toList());
        Kpis.ChannelFigures referral = channels.get(0);
        // L3, converted the same day; D1 and D3 won
        assertEquals(new Kpis.ChannelFigures("REFERRAL", 1, 1, 1.0, 0.0, 2, 0, 1.0, usd("15000.00")), referral);
        // L1 (converted a day later) and L2; not L5 (deleted); D2 won, D4 lost
        assertEquals(new Kpis.ChannelFigures("WEBSITE", 2, 1, 0.5, 1.0, 1, 1, 0.5, usd("22000.00")),
                channels.get(1));
    }

    @Test
    void firstResponseIsTheMedianOfHoursToTheFirstActivityDone() {
        // L1 04-01 09:00 → A1 (on D2, the deal it became) 04-03 08:00 = 47 h; L3 05-01 09:00 → A3 15:00 = 6 h;
        // L2 04-15 09:00 → A7 (answering it) 11:00 = 2 h
        assertEquals(6.0, q2().firstResponseHours(), 1e-9);
    }

    @Test
    void repsAreRankedByWonAmount() {
        List<Kpis.RepFigures> reps = q2().reps();
        // Bob: D2 22,000 won, D4 lost, A1, A2 and A7 done (A6 deleted); Ann: D1 + D3 15,000, A3 (A4 before)
        assertEquals(new Kpis.RepFigures(1, KpiFixture.BOB, "Bob", usd("22000.00"), 1, 1, 0.5, 3, 30.0), reps.get(0));
        assertEquals(new Kpis.RepFigures(2, KpiFixture.ANN, "Ann", usd("15000.00"), 2, 0, 1.0, 1, 105.0), reps.get(1));
        assertEquals(2, reps.size());
    }

    @Test
    void activitiesPerWeekUseIsoWeeks() {
        // 2025-W14 is 03-31 to 04-06 (A1 Thursday, A2 Saturday); W16 holds 04-15 (A7); W18 holds 05-01 (A3)
        assertEquals(List.of(new Kpis.WeekActivities(KpiFixture.BOB, "Bob", "2025-W14", 2),
                new Kpis.WeekActivities(KpiFixture.BOB, "Bob", "2025-W16", 1),
                new Kpis.WeekActivities(KpiFixture.ANN, "Ann", "2025-W18", 1)), q2().activitiesPerWeek());
    }

    @Test
    void newLogosAndExpansion() {
        Kpis kpis = q2();
        // Beta's first win is D2; Acme won first in 2024 (D10); Delta's only win in Q2 is deleted
        assertEquals(1, kpis.newLogos());
        // D3 (Expansion pipeline) 5,000 + D1 (Acme had won before) 10,000
        assertEquals(usd("15000.00"), kpis.expansionAmount());
    }

    @Test
    void accountTiersSplitTheYearsWonAmountAt80And95Percent() {
        Kpis.AccountTiers tiers = q2().accountTiers();
        // 2024-07-01 … 2025-06-30: Beta 22,000; Acme 3,000 + 10,000 + 5,000 = 18,000; Gamma 2,000; Delta 500
        assertEquals(LocalDate.of(2024, 7, 1), tiers.from());
        assertEquals(usd("42500.00"), tiers.total());
        // 80 % = 34,000: Beta (0 before) and Acme (22,000 before) are A; 95 % = 40,375: Gamma (40,000) B; Delta C
        assertEquals(List.of("A", "A", "B", "C"), tiers.accounts().stream()
                .map(Kpis.AccountTiers.TieredAccount::tier).toList());
        assertEquals(List.of("Beta", "Acme", "Gamma", "Delta"), tiers.accounts().stream()
                .map(Kpis.AccountTiers.TieredAccount::account).toList());
        assertEquals(new Kpis.AccountTiers.Tier("A", 2, usd("40000.00")), tiers.tiers().get(0));
        assertEquals(new Kpis.AccountTiers.Tier("C", 1, usd("500.00")), tiers.tiers().get(2));
    }

    @Test
    void rfmScoresEachAccountWithAWinByQuintile() {
        List<Kpis.Rfm> rfm = q2().rfm();
        // to 2025-06-30: Acme last won 06-10 (20 days), 3 wins, 18,000; Beta 05-02 (59), 1, 22,000;
        // Gamma 2024-12-01 (211), 1, 2,000; Delta 2025-01-15 (166), 1, 500. Four accounts fill tiles 1 to 4.
        assertEquals(new Kpis.Rfm(KpiFixture.ACME, "Acme", 20, 3, usd("18000.00"), 4, 4, 3), rfm.get(0));
        assertEquals(new Kpis.Rfm(KpiFixture.BETA, "Beta", 59, 1, usd("22000.00"), 3, 1, 4), rfm.get(1));
        assertEquals(new Kpis.Rfm(KpiFixture.GAMMA, "Gamma", 211, 1, usd("2000.00"), 1, 2, 2), rfm.get(2));
        assertEquals(new Kpis.Rfm(KpiFixture.DELTA, "Delta", 166, 1, usd("500.00"), 2, 3, 1), rfm.get(3));
    }

    @Test
    void anEmptyPeriodGivesZerosAndNulls() {
        Kpis kpis = analytics.compute(KpiFilter.period(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31)));
        assertEquals(0, kpis.wonCount());
        assertEquals(usd("0.00"), kpis.wonAmount());
        assertEquals(usd("0.00"), kpis.lostAmount());
        assertNull(kpis.winRate());
        assertNull(kpis.winRateAmount());
        assertNull(kpis.avgDealSize());
        assertNull(kpis.arpa());
        assertNull(kpis.cycleDays().median());
        assertNull(kpis.cycleDays().shareGe120());
        assertNull(kpis.velocity());
        assertNull(kpis.firstResponseHours());
        assertEquals(List.of(), kpis.reps());
        assertEquals(List.of(), kpis.channel());
        assertEquals(0, kpis.newLogos());
        assertTrue(kpis.funnel().get(0).steps().stream().allMatch(step -> step.reached() == 0));
        assertTrue(kpis.stageConversion().stream().allMatch(c -> c.rate() == null));
        assertEquals(usd("0.00"), kpis.accountTiers().total());
    }

    @Test
    void anEmptyBookGivesZerosAndNullsToo() {
        TestDatabases.reset(database);
        Kpis kpis = q2();
        assertEquals(0, kpis.openCount());
        assertEquals(usd("0.00"), kpis.openAmount());
        assertEquals(List.of(), kpis.rfm());
        assertEquals(List.of(), kpis.accountTiers().accounts());
        assertNull(kpis.winRate());
    }

    @Test
    void aPeriodOfOnlyLossesHasAWinRateOfZero() {
        Kpis kpis = analytics.compute(KpiFilter.period(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 5, 15)));
        assertEquals(0, kpis.wonCount());
        assertEquals(1, kpis.lostCount());
        assertEquals(0.0, kpis.winRate(), 0);
        assertEquals(0.0, kpis.winRateAmount(), 0);
        assertNull(kpis.avgDealSize());
        assertNull(kpis.velocity());
    }

    @Test
    void withoutARateTheFiguresThatNeedItAreNotComputedAndTheCurrencyIsNamed() {
        analytics.saveRates("USD", java.util.Collections.singletonMap("EUR", null));
        Kpis kpis = q2();
        assertEquals(List.of("EUR"), kpis.missingRates());
        assertNull(kpis.openAmount());          // D7 is in EUR
        assertNull(kpis.wonAmount());           // D2 is in EUR
        assertNull(kpis.avgDealSize());
        assertNull(kpis.accountTiers());
        assertEquals(3, kpis.wonCount());       // counts need no rate
        assertEquals(usd("8000.00"), kpis.lostAmount());        // D4 is in dollars
        assertEquals(usd("15000.00"), kpis.expansionAmount());  // D1 and D3 are in dollars
    }

    @Test
    void aRateSetTheOtherWayRoundIsInverted() {
        analytics.saveRates("USD", java.util.Collections.singletonMap("EUR", null));
        database.store().writeVoid(tx -> tx.settings().putExchangeRate(
                new org.fieldbook.domain.ExchangeRate("USD", "EUR", new BigDecimal("0.8"))));
        // 1 EUR = 1 / 0.8 = 1.25 USD: won = 10,000 + 25,000 + 5,000
        assertEquals(usd("40000.00"), q2().wonAmount());
        assertEquals(List.of(), q2().missingRates());
    }

    @Test
    void filtersNarrowToAnOwnerAPipelineAndAChannel() {
        Kpis bob = analytics.compute(new KpiFilter(FROM, TO, null, Set.of(KpiFixture.BOB), Set.of()));
        assertEquals(1, bob.wonCount());
        assertEquals(2, bob.openCount());   // D6 and D9
        Kpis expansion = analytics.compute(new KpiFilter(FROM, TO, KpiFixture.EXPANSION, Set.of(), Set.of()));
        assertEquals(usd("5000.00"), expansion.wonAmount());
        assertEquals(1, expansion.funnel().size());
        Kpis website = analytics.compute(new KpiFilter(FROM, TO, null, Set.of(), Set.of("WEBSITE")));
        assertEquals(usd("22000.00"), website.wonAmount());
        assertEquals(1, website.lostCount());
    }

    @Test
    void periodDaysAreTheUsersCalendarDays() {
        // D3 was won 2025-06-10 12:00 UTC, already 06-11 in Auckland (UTC+12)
        var auckland = new AnalyticsService(database.store(), TODAY.withZone(ZoneId.of("Pacific/Auckland")));
        var june10 = KpiFilter.period(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 10));
        var june11 = KpiFilter.period(LocalDate.of(2025, 6, 11), LocalDate.of(2025, 6, 11));
        assertEquals(1, analytics.compute(june10).wonCount());
        assertEquals(0, auckland.compute(june10).wonCount());
        assertEquals(1, auckland.compute(june11).wonCount());
    }

    @Test
    void drillDownsListTheDealsBehindAFigure() {
        var filter = KpiFilter.period(FROM, TO);
        var proposal = analytics.deals(filter, new Drill.FunnelStep(KpiFixture.NEW_BUSINESS, KpiFixture.PROPOSAL));
        assertEquals(Set.of("D2", "D5", "D9"), titles(proposal));
        assertEquals(Set.of("D2"), titles(analytics.deals(filter, new Drill.FunnelStep(KpiFixture.NEW_BUSINESS, null))));
        assertEquals(Set.of("D1", "D2", "D3"), titles(analytics.deals(filter, new Drill.Closed(true))));
        assertEquals(Set.of("D7", "D9"), titles(analytics.deals(filter, new Drill.OpenInStage(KpiFixture.NEGOTIATION))));
        assertEquals(Set.of("D6", "D9"), titles(analytics.deals(filter, new Drill.ForecastMonth(YearMonth.of(2025, 6),
                false))));
        assertEquals(Set.of("D1", "D3"), titles(analytics.deals(filter, new Drill.Rep(KpiFixture.ANN))));
        assertEquals(Set.of("D1", "D3", "D10", "D2"), titles(analytics.deals(filter, new Drill.Tier("A"))));
        assertEquals(Set.of("D1"), titles(analytics.deals(filter, new Drill.CycleBucket(5))));
        assertEquals(Set.of("D2", "D4"), titles(analytics.deals(filter, new Drill.Channel("WEBSITE"))));
    }

    private static Set<String> titles(List<DealRow> rows) {
        return rows.stream().map(DealRow::title).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theTilesComparedWithThePeriodBefore() {
        DashboardFigures figures = analytics.dashboard(KpiFilter.period(FROM, TO));
        // Q2 is 91 days; before it 2024-12-31 … 2025-03-31: D12 won 500 (its first win: a new logo)
        assertEquals(1, figures.before().wonCount());
        assertEquals(usd("500.00"), figures.before().wonAmount());
        assertEquals(1, figures.before().newLogos());
        assertEquals(45.0, figures.before().medianCycleDays(), 1e-9);  // 2024-12-01 → 2025-01-15
        // open 91 days before today (2025-03-17): D1 (created 2024-11-01, won 04-20) and D7 (created 02-01)
        assertEquals(2, figures.before().openCount());
        assertEquals(usd("11100.00"), figures.before().openAmount());
        // D1 was in Proposal (50 %) since 03-01, D7 in Negotiation (75 %): 5,000 + 825
        assertEquals(usd("5825.00"), figures.before().weightedAmount());
        assertEquals(3, figures.now().wonCount());
    }
}
