package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.LEAD;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.PIPELINE;
import static org.fieldbook.store.jooq.Tables.SALES_REP;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.fieldbook.domain.ExchangeRate;
import org.fieldbook.store.Store;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The KPIs of KPIS.md, aggregated by the database for a filter set, and the deals behind each. Amounts are
 * converted to the reporting currency with the rates the user set; a figure that would need a missing rate
 * is null and the currency is named in {@link Kpis#missingRates()}.
 */
public final class AnalyticsService {
    static final String REPORTING_CURRENCY = "analytics.reporting_currency";
    /** The first-run currency of ProfileService: the reporting currency until the user chooses another. */
    static final String PROFILE_CURRENCY = "profile.currency";

    private final Store store;
    private final Clock clock;
    private final StatementLog log = new StatementLog();

    public AnalyticsService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The filter set's figures, with the rates stored in the settings. */
    public Kpis compute(KpiFilter filter) {
        return compute(filter, rates());
    }

    /** The filter set's figures with the given rates (e.g. a report's own), not the stored ones. */
    public Kpis compute(KpiFilter filter, Rates rates) {
        return store.query(db -> compute(new Sql(log.wrap(db), filter, rates, zone(), today())));
    }

    /**
     * What the dashboard shows: the period's figures and the tiles of the period before. The closed figures
     * of both periods come from the same statements (each reads both periods' days at once); the funnel, the
     * first response, the accounts' tiers and RFM scores and the open pipeline of the period before are read on a
     * second connection at the same time ({@link SecondConnection}). Like one read transaction at H2's READ
     * COMMITTED, the two reads see what was committed when each statement ran.
     */
    public DashboardFigures dashboard(KpiFilter filter) {
        Rates rates = rates();
        List<List<String>> recording = log.current();
        var apart = SecondConnection.start(() -> store.query(db -> {
            DSLContext sqlDb = log.wrap(db, recording, 1);
            return Apart.of(new Sql(sqlDb, filter, rates, zone(), today()),
                    new Sql(sqlDb, filter.previous(), rates, zone(), today()));
        }));
        return store.query(db -> {
            DSLContext sqlDb = log.wrap(db, recording, 0);
            Sql now = new Sql(sqlDb, filter, rates, zone(), today());
            Sql before = new Sql(sqlDb, filter.previous(), rates, zone(), today());
            ClosedFigures closed = new ClosedFigures(now, before);
            Kpis kpis = compute(now, closed, () -> SecondConnection.join(apart));
            return new DashboardFigures(kpis, Headline.of(kpis),
                    previousHeadline(before, closed, SecondConnection.join(apart).openBefore()));
        });
    }

    /** The figures a recompute reads on its second connection; {@code openBefore} only for the dashboard. */
    private record Apart(List<Kpis.Funnel> funnel, Double firstResponseHours, List<Kpis.Rfm> rfm,
                         Kpis.AccountTiers tiers, PipelineFigures.Open openBefore) {
        static Apart of(Sql sql, Sql previous) {
            AccountFigures accounts = new AccountFigures(sql);
            return new Apart(new PipelineFigures(sql).funnel(),
                    new LeadFigures(sql, new ClosedFigures(sql)).firstResponseHours(), accounts.rfm(),
                    accounts.tiers(),
                    previous == null ? null : new PipelineFigures(previous).openAt(previous.startOf(
                            previous.today.plusDays(1).minusDays(previous.filter.days()))));
        }
    }

    private Kpis compute(Sql sql) {
        return compute(sql, new ClosedFigures(sql), () -> Apart.of(sql, null));
    }

    private Kpis compute(Sql sql, ClosedFigures closed, java.util.function.Supplier<Apart> second) {
        PipelineFigures pipeline = new PipelineFigures(sql);
        PipelineFigures.Open open = pipeline.open();
        List<String> missing = pipeline.missingRates();
        LeadFigures leads = new LeadFigures(sql, closed);
        LineAndPaymentFigures sold = new LineAndPaymentFigures(sql);
        ClosedFigures.Totals totals = closed.totals();
        Kpis.CycleDays cycle = closed.cycleDays();
        Double winRate = Sql.ratio(totals.won(), totals.won() + totals.lost());
        BigDecimal avgDealSize = Sql.divide(totals.wonAmount(), totals.won());
        List<Kpis.WeekActivities> weeks = leads.activitiesPerWeek();
        Map<UUID, Long> activitiesDone = new HashMap<>();
        weeks.forEach(week -> activitiesDone.merge(week.ownerId(), week.activities(), Long::sum));
        var lostByReason = closed.lostByReason();
        var forecast = pipeline.forecast();
        var channels = leads.channels();
        var reps = closed.reps(activitiesDone);
        var newLogos = closed.newLogos();
        var expansion = closed.expansionAmount();
        var winRateByMonth = closed.winRateByMonth();
        var histogram = closed.cycleHistogram();
        var products = sold.products();
        var payments = sold.payments();
        Apart apart = second.get();
        return new Kpis(sql.filter, sql.rates.reportingCurrency(), missing, open.count(), open.amount(),
                open.weighted(), open.byStage(), totals.won(), totals.wonAmount(), totals.lost(),
                totals.lostAmount(), lostByReason, winRate,
                totals.wonAmount() == null || totals.lostAmount() == null ? null
                        : Sql.ratio(totals.wonAmount(), totals.wonAmount().add(totals.lostAmount())),
                avgDealSize, Sql.divide(totals.wonAmount(), totals.accountsWithAWin()), cycle, apart.funnel(),
                PipelineFigures.conversions(apart.funnel()), velocity(open.count(), winRate, avgDealSize, cycle.mean()),
                forecast, channels, apart.firstResponseHours(), reps, weeks, newLogos, expansion, apart.tiers(),
                apart.rfm(),
                winRateByMonth, histogram, products, payments);
    }

    /**
     * The tiles of the period before: its closed figures (read with the period's by {@code closed}), and
     * {@code open}, the open pipeline as it stood as many days before today as the period is long (the open
     * pipeline is a figure of now, not of a period).
     */
    private Headline previousHeadline(Sql sql, ClosedFigures closed, PipelineFigures.Open open) {
        ClosedFigures.Totals totals = closed.previousTotals();
        Kpis.CycleDays cycle = closed.previousCycleDays();
        Double winRate = Sql.ratio(totals.won(), totals.won() + totals.lost());
        BigDecimal avgDealSize = Sql.divide(totals.wonAmount(), totals.won());
        return new Headline(open.count(), open.amount(), open.weighted(), totals.won(), totals.wonAmount(), winRate,
                avgDealSize, cycle.median(), velocity(open.count(), winRate, avgDealSize, cycle.mean()),
                closed.previousNewLogos());
    }

    /** open count × win rate × average deal size ÷ mean cycle days: money per day. */
    static BigDecimal velocity(long openCount, Double winRate, BigDecimal avgDealSize, Double meanCycleDays) {
        if (winRate == null || avgDealSize == null || meanCycleDays == null || meanCycleDays == 0) {
            return null;
        }
        return Sql.cents(avgDealSize.multiply(BigDecimal.valueOf(openCount))
                .multiply(BigDecimal.valueOf(winRate))
                .divide(BigDecimal.valueOf(meanCycleDays), java.math.MathContext.DECIMAL64));
    }

    /** KPIS.md's {@code approvals} for the filter set (no amounts, so no rates). */
    public ApprovalKpi approvals(KpiFilter filter) {
        return store.query(db -> new ApprovalFigures(new Sql(log.wrap(db), filter, rates(), zone(), today()))
                .approvals());
    }

    /** The deals behind a figure of the filter set, biggest first (at most 5,000). */
    public List<DealRow> deals(KpiFilter filter, Drill drill) {
        Rates rates = rates();
        return store.query(db -> new Drills(new Sql(db, filter, rates, zone(), today())).deals(drill));
    }

    /** The pipelines, owners and channels a filter can choose from. */
    public FilterChoices choices() {
        return store.query(db -> {
            var pipelines = db.select(PIPELINE.ID, PIPELINE.NAME).from(PIPELINE).where(PIPELINE.DELETED.isFalse())
                    .orderBy(PIPELINE.POSITION, PIPELINE.NAME)
                    .fetch(row -> new FilterChoices.Choice(row.value1(), row.value2()));
            var owners = db.select(SALES_REP.ID, SALES_REP.NAME).from(SALES_REP).where(SALES_REP.DELETED.isFalse())
                    .orderBy(SALES_REP.NAME)
                    .fetch(row -> new FilterChoices.Choice(row.value1(), row.value2()));
            TreeSet<String> channels = new TreeSet<>();
            db.selectDistinct(OPPORTUNITY.SOURCE_CHANNEL).from(OPPORTUNITY)
                    .where(OPPORTUNITY.DELETED.isFalse(), OPPORTUNITY.SOURCE_CHANNEL.isNotNull())
                    .union(DSL.selectDistinct(LEAD.SOURCE_CHANNEL).from(LEAD)
                            .where(LEAD.DELETED.isFalse(), LEAD.SOURCE_CHANNEL.isNotNull()))
                    .fetch(0, String.class).forEach(channels::add);
            return new FilterChoices(pipelines, owners, List.copyOf(channels));
        });
    }

    /** The reporting currency and the stored rates to it. */
    public Rates rates() {
        record Stored(Optional<String> reporting, List<ExchangeRate> rates) {
        }
        Stored stored = store.read(tx -> new Stored(tx.settings().get(REPORTING_CURRENCY)
                .or(() -> tx.settings().get(PROFILE_CURRENCY)), tx.settings().exchangeRates()));
        String reporting = stored.reporting()
                .or(() -> store.query(AnalyticsService::mostUsedCurrency))
                .orElse("EUR");
        return Rates.of(reporting, stored.rates());
    }

    private static Optional<String> mostUsedCurrency(DSLContext db) {
        return db.select(OPPORTUNITY.CURRENCY).from(OPPORTUNITY).where(OPPORTUNITY.DELETED.isFalse())
                .groupBy(OPPORTUNITY.CURRENCY).orderBy(DSL.count().desc(), OPPORTUNITY.CURRENCY).limit(1)
                .fetchOptional(OPPORTUNITY.CURRENCY).map(String::strip);
    }

    /** Every currency the live deals are in, sorted: the ones a rate may be needed for. */
    public List<String> currenciesInUse() {
        return store.query(db -> db.selectDistinct(OPPORTUNITY.CURRENCY).from(OPPORTUNITY)
                .where(OPPORTUNITY.DELETED.isFalse()).orderBy(OPPORTUNITY.CURRENCY)
                .fetch(OPPORTUNITY.CURRENCY).stream().map(String::strip).toList());
    }

    /**
     * Makes {@code reportingCurrency} the one figures are shown in, with what one unit of each other
     * currency is worth in it; a currency mapped to null loses its rate.
     */
    public void saveRates(String reportingCurrency, Map<String, BigDecimal> toReporting) {
        store.writeVoid(tx -> {
            tx.settings().put(REPORTING_CURRENCY, reportingCurrency);
            toReporting.forEach((currency, rate) -> {
                if (currency.equals(reportingCurrency)) {
                    return;
                }
                tx.settings().removeExchangeRate(currency, reportingCurrency);
                tx.settings().removeExchangeRate(reportingCurrency, currency);
                if (rate != null) {
                    tx.settings().putExchangeRate(new ExchangeRate(currency, reportingCurrency, rate));
                }
            });
        });
    }

    /**
     * The SQL statements one dashboard recompute of {@code filter} runs, values inlined, per connection and in
     * order: what the bench runs again straight over JDBC to see what the figures cost beyond the database's
     * own work.
     */
    public List<List<String>> statementsOf(KpiFilter filter) {
        return log.recording(() -> dashboard(filter));
    }

    /**
     * Runs each list of statements straight over JDBC in one transaction, reading every value, the lists at
     * the same time on as many connections, as the recompute does; returns the rows read.
     */
    public long runDirectly(List<List<String>> lanes) {
        List<java.util.concurrent.CompletableFuture<Long>> others = new ArrayList<>();
        for (List<String> lane : lanes.subList(1, lanes.size())) {
            others.add(SecondConnection.start(() -> store.query(db -> DirectSql.run(db, lane))));
        }
        long rows = store.query(db -> DirectSql.run(db, lanes.get(0)));
        for (var other : others) {
            rows += SecondConnection.join(other);
        }
        return rows;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
