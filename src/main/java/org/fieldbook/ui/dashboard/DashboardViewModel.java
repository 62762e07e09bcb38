package org.fieldbook.ui.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.analytics.AnalyticsService;
import org.fieldbook.analytics.DashboardFigures;
import org.fieldbook.analytics.DealRow;
import org.fieldbook.analytics.Drill;
import org.fieldbook.analytics.FilterChoices;
import org.fieldbook.analytics.KpiFilter;
import org.fieldbook.analytics.Rates;
import org.fieldbook.report.MeetingPack;
import org.fieldbook.report.MeetingPacks;
import org.fieldbook.report.ReportText;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;

/**
 * The dashboard's state: the filter (a preset or custom dates, a pipeline, an owner, a channel), the figures
 * of the last recompute and those of the period before. Figures are recomputed off the FX thread whenever
 * the filter changes or the data did (an edit, a sync); the old figures stay on screen until the new ones
 * are there, and a result that a newer request overtook is dropped.
 */
public final class DashboardViewModel {
    private final AnalyticsService analytics;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final DataRevision revision;
    private final Clock clock;

    private final ObjectProperty<PeriodPreset> preset = new SimpleObjectProperty<>(PeriodPreset.LAST_12_MONTHS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoices.Choice> pipeline = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoices.Choice> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>();
    private final ObservableList<FilterChoices.Choice> pipelines = FXCollections.observableArrayList();
    private final ObservableList<FilterChoices.Choice> owners = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<org.fieldbook.analytics.ApprovalKpi> approvals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper missingRates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private long readAt = -1;
    private long requests;
    private boolean settingPreset;

    public DashboardViewModel(AnalyticsService analytics, BackgroundRunner runner, ErrorReporter errors,
                              Messages messages, DataRevision revision, Clock clock) {
        this.analytics = analytics;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.revision = revision;
        this.clock = clock;
        applyPreset(preset.get());
        preset.addListener((obs, old, chosen) -> {
            if (chosen != PeriodPreset.CUSTOM) {
                applyPreset(chosen);
                recompute();
            }
        });
        for (var date : List.of(from, to)) {
            date.addListener((obs, old, value) -> {
                if (!settingPreset) {
                    preset.set(PeriodPreset.CUSTOM);
                    recompute();
                }
            });
        }
        for (var choice : List.of(pipeline, owner, channel)) {
            choice.addListener((obs, old, value) -> recompute());
        }
    }

    private void applyPreset(PeriodPreset chosen) {
        LocalDate[] range = chosen.range(LocalDate.now(clock));
        settingPreset = true;
        try {
            from.set(range[0]);
            to.set(range[1]);
        } finally {
            settingPreset = false;
        }
    }

    /** Recomputes when the dashboard was never computed or the data changed since. */
    public void shown() {
        if (readAt != revision.current()) {
            readChoices();
            recompute();
        }
    }

    /** The filter as a KPI filter set, or null while the dates are incomplete or the wrong way round. */
    public KpiFilter filter() {
        if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
            return null;
        }
        return new KpiFilter(from.get(), to.get(), pipeline.get() == null ? null : pipeline.get().id(),
                owner.get() == null ? Set.of() : Set.of(owner.get().id()),
                channel.get() == null ? Set.of() : Set.of(channel.get()));
    }

    public void recompute() {
        KpiFilter filter = filter();
        if (filter == null) {
            periodError.set(messages.get("dashboard.period.invalid"));
            return;
        }
        periodError.set("");
        long request = ++requests;
        long asOf = revision.current();
        computing.set(true);
        runner.run(() -> analytics.dashboard(filter), result -> {
            if (request != requests) {
                return; // a newer filter or change is being computed: this result is already stale
            }
            readAt = asOf;
            computing.set(false);
            figures.set(result);
            runner.run(() -> analytics.approvals(filter), kpi -> {
                if (request == requests) {
                    approvals.set(kpi);
                }
            }, errors::report);
            List<String> missing = result.kpis().missingRates();
            missingRates.set(missing.isEmpty() ? "" : messages.get("dashboard.rates.missing",
                    String.join(", ", missing), result.kpis().reportingCurrency()));
            summary.set(messages.get("dashboard.summary", result.kpis().openCount(), result.kpis().wonCount()));
            loaded.set(true);
        }, failure -> {
            if (request == requests) {
                computing.set(false);
            }
            errors.report(failure);
        });
    }

    private void readChoices() {
        runner.run(analytics::choices, read -> {
            keep(pipelines, read.pipelines(), pipeline);
            keep(owners, read.owners(), owner);
            List<String> channelItems = new java.util.ArrayList<>();
            channelItems.add(null);
            channelItems.addAll(read.channels());
            if (!channels.equals(channelItems)) {
                String chosen = channel.get();
                channels.setAll(channelItems);
                channel.set(chosen != null && channelItems.contains(chosen) ? chosen : null);
            }
        }, errors::report);
    }

    /** Replaces a choice list without losing (or re-triggering) the current choice. */
    private static void keep(ObservableList<FilterChoices.Choice> list, List<FilterChoices.Choice> read,
                             ObjectProperty<FilterChoices.Choice> chosen) {
        List<FilterChoices.Choice> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(read);
        if (list.equals(items)) {
            return;
        }
        FilterChoices.Choice current = chosen.get();
        list.setAll(items);
        chosen.set(current == null ? null : read.stream().filter(c -> c.id().equals(current.id())).findFirst()
                .orElse(null));
    }

    /** Reads the deals behind a figure of the current filter and hands them to {@code show}. */
    public void drill(Drill drill, Consumer<List<DealRow>> show) {
        KpiFilter filter = figures.get() == null ? filter() : figures.get().kpis().filter();
        if (filter == null) {
            return;
        }
        runner.run(() -> analytics.deals(filter, drill), show::accept, errors::report);
    }

    /** The reporting currency, the stored rates and every currency in use, for the rates dialog. */
    public void readRates(Consumer<RatesForm> show) {
        runner.run(() -> new RatesForm(analytics.rates(), analytics.currenciesInUse()), show::accept,
                errors::report);
    }

    public void saveRates(String reporting, Map<String, BigDecimal> rates) {
        runner.run(() -> {
            analytics.saveRates(reporting, rates);
            return null;
        }, done -> recompute(), errors::report);
    }

    /** What the rates dialog starts from. */
    /** The meeting pack of the figures on screen, with their filters; null before the first recompute. */
    public MeetingPack meetingPack() {
        DashboardFigures shown = figures.get();
        if (shown == null) {
            return null;
        }
        // the pickers' lists begin with null, "all"
        FilterChoices named = new FilterChoices(named(pipelines), named(owners), named(channels));
        return new MeetingPacks(ReportText.load(messages.locale())).of(shown.kpis(), named, LocalDate.now(clock));
    }

    private static <T> List<T> named(List<T> choices) {
        return choices.stream().filter(java.util.Objects::nonNull).toList();
    }

    void reportFailure(Throwable failure) {
        errors.report(failure);
    }

    PackExportJob newPackExport() {
        return new PackExportJob(runner, messages);
    }

    public record RatesForm(Rates rates, List<String> currencies) {
    }

    public ObjectProperty<PeriodPreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<FilterChoices.Choice> pipelineProperty() {
        return pipeline;
    }

    public ObjectProperty<FilterChoices.Choice> ownerProperty() {
        return owner;
    }

    public ObjectProperty<String> channelProperty() {
        return channel;
    }

    public ObservableList<FilterChoices.Choice> pipelines() {
        return pipelines;
    }

    public ObservableList<FilterChoices.Choice> owners() {
        return owners;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    /** KPIS.md's {@code approvals} for the same filter, read after the figures. */
    public ReadOnlyObjectProperty<org.fieldbook.analytics.ApprovalKpi> approvalsProperty() {
        return approvals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Empty, or the sentence naming the currencies without a rate. */
    public ReadOnlyStringProperty missingRatesProperty() {
        return missingRates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
