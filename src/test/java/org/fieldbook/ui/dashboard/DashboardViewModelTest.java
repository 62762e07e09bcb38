package org.fieldbook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.fieldbook.analytics.AnalyticsService;
import org.fieldbook.analytics.KpiFixture;
import org.fieldbook.store.Database;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardViewModelTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path folder;
    private Database database;
    private AnalyticsService analytics;
    private final DataRevision revision = new DataRevision();
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(folder);
        KpiFixture.load(database.store());
        analytics = new AnalyticsService(database.store(), TODAY);
        analytics.saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private DashboardViewModel model(BackgroundRunner runner) {
        return new DashboardViewModel(analytics, runner, errors::add, Messages.load(Locale.US), revision, TODAY);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2025-05-15, THIS_MONTH,     2025-05-01, 2025-05-31
            2025-05-15, THIS_QUARTER,   2025-04-01, 2025-06-30
            2025-05-15, LAST_QUARTER,   2025-01-01, 2025-03-31
            2025-02-10, LAST_QUARTER,   2024-10-01, 2024-12-31
            2025-05-15, YEAR_TO_DATE,   2025-01-01, 2025-05-15
            2025-05-15, LAST_12_MONTHS, 2024-05-16, 2025-05-15
            2024-02-29, LAST_12_MONTHS, 2023-03-01, 2024-02-29
            """)
    void presetsAreCalendarPeriods(LocalDate today, PeriodPreset preset, LocalDate from, LocalDate to) {
        LocalDate[] range = preset.range(today);
        assertEquals(from, range[0]);
        assertEquals(to, range[1]);
    }

    @Test
    void aPresetSetsTheDatesAndTypingADateMakesItCustom() {
        DashboardViewModel model = model(BackgroundRunner.inline());
        model.presetProperty().set(PeriodPreset.THIS_QUARTER);
        assertEquals(LocalDate.of(2025, 4, 1), model.fromProperty().get());
        assertEquals(3, model.figuresProperty().get().kpis().wonCount());
        model.fromProperty().set(LocalDate.of(2025, 5, 1));
        assertEquals(PeriodPreset.CUSTOM, model.presetProperty().get());
        assertEquals(2, model.figuresProperty().get().kpis().wonCount()); // D2 05-02 and D3 06-10
    }

    @Test
    void datesTheWrongWayRoundAreRefusedAndTheFiguresKept() {
        DashboardViewModel model = model(BackgroundRunner.inline());
        model.presetProperty().set(PeriodPreset.THIS_QUARTER);
        var shown = model.figuresProperty().get();
        model.toProperty().set(LocalDate.of(2025, 3, 1));
        assertTrue(!model.periodErrorProperty().get().isEmpty());
        assertEquals(shown, model.figuresProperty().get());
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        BackgroundRunner later = new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
                pending.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        };
        DashboardViewModel model = model(later);
        model.presetProperty().set(PeriodPreset.THIS_QUARTER);     // request 1: Q2
        model.presetProperty().set(PeriodPreset.LAST_QUARTER);     // request 2: Q1
        assertTrue(model.computingProperty().get());
        List<Runnable> inReverse = new ArrayList<>(pending);
        Collections.reverse(inReverse);
        inReverse.forEach(Runnable::run);                           // Q1 arrives first, then the stale Q2
        assertEquals(LocalDate.of(2025, 1, 1), model.figuresProperty().get().kpis().filter().from());
        assertEquals(1, model.figuresProperty().get().kpis().wonCount()); // D12
        assertTrue(!model.computingProperty().get());
    }

    @Test
    void aChangeToTheDataIsRecomputedWhenShownWithTheFilterKept() {
        DashboardViewModel model = model(BackgroundRunner.inline());
        model.shown();
        model.presetProperty().set(PeriodPreset.THIS_QUARTER);
        var before = model.figuresProperty().get();
        model.shown();
        assertEquals(before, model.figuresProperty().get(), "nothing changed: no recompute");
        database.store().writeVoid(tx -> tx.opportunities().delete(KpiFixture.D[5]));
        revision.changed();
        model.shown();
        assertEquals(3, model.figuresProperty().get().kpis().openCount());
        assertEquals(PeriodPreset.THIS_QUARTER, model.presetProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aMissingRateIsNamed() {
        analytics.saveRates("USD", Collections.singletonMap("EUR", null));
        DashboardViewModel model = model(BackgroundRunner.inline());
        model.shown();
        assertTrue(model.missingRatesProperty().get().contains("EUR"), model.missingRatesProperty().get());
        assertTrue(model.missingRatesProperty().get().contains("USD"));
        assertNull(model.figuresProperty().get().kpis().wonAmount());
        model.saveRates("USD", Map.of("EUR", new BigDecimal("1.10")));
        assertEquals("", model.missingRatesProperty().get());
    }
}
