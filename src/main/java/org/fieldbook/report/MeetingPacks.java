package org.fieldbook.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.fieldbook.analytics.FilterChoices;
import org.fieldbook.analytics.KpiFilter;
import org.fieldbook.analytics.Kpis;
import org.fieldbook.report.PackChart.Kind;
import org.fieldbook.report.PackChart.Series;
import org.fieldbook.report.PackChart.ValueFormat;

/** Turns one dashboard recompute into a meeting pack: the same charts as the dashboard, in the same order. */
public final class MeetingPacks {
    /** The chart names the command line takes, in the dashboard's order. */
    public static final List<String> CHART_NAMES = List.of("funnel", "conversion", "by-stage", "forecast",
            "win-rate", "cycle", "channel", "reps", "activities", "tiers");
    private static final int MOST_REPS = 10;
    private static final int MOST_OWNERS = 8;

    private final ReportText text;
    private final ValueText values;

    public MeetingPacks(ReportText text) {
        this.text = text;
        this.values = new ValueText(text);
    }

    public MeetingPack of(Kpis kpis, FilterChoices choices, LocalDate asOf) {
        KpiFilter filter = kpis.filter();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale());
        String period = text.get("export.caption.period", dates.format(filter.from()), dates.format(filter.to()));
        String asOfLine = text.get("export.caption.asOf", dates.format(asOf), kpis.reportingCurrency());
        List<PackChart> charts = new ArrayList<>();
        Kpis.Funnel funnel = chosenFunnel(kpis);
        charts.add(funnel(funnel));
        charts.add(conversion(funnel));
        charts.add(byStage(kpis));
        charts.add(forecast(kpis));
        charts.add(winRate(kpis));
        charts.add(cycle(kpis));
        charts.add(channel(kpis));
        charts.add(reps(kpis));
        charts.add(activities(kpis));
        charts.add(tiers(kpis));
        MeetingPack.Labels labels = new MeetingPack.Labels(text.get("export.kpi.title"),
                text.get("export.kpi.header"), text.get("export.kpi.value"), text.get("export.noValue"),
                text.get("export.page"));
        return new MeetingPack(text.get("export.title"), period, filters(filter, choices), asOf,
                kpis.reportingCurrency(), asOfLine, kpis(kpis), charts, text.locale(), labels);
    }

    private List<String> filters(KpiFilter filter, FilterChoices choices) {
        List<String> lines = new ArrayList<>();
        lines.add(text.get("export.caption.pipeline", filter.pipelineId() == null ? text.get("dashboard.pipeline.all")
                : text.dataName(name(choices.pipelines(), filter.pipelineId()))));
        lines.add(text.get("export.caption.owner", filter.ownerIds().isEmpty() ? text.get("dashboard.owner.all")
                : String.join(", ", filter.ownerIds().stream().map(id -> name(choices.owners(), id)).sorted().toList())));
        lines.add(text.get("export.caption.channel", filter.channels().isEmpty() ? text.get("dashboard.channel.all")
                : String.join(", ", filter.channels().stream().sorted().map(text::channelName).toList())));
        return lines;
    }

    private static String name(List<FilterChoices.Choice> choices, UUID id) {
        return choices.stream().filter(c -> c.id().equals(id)).map(FilterChoices.Choice::name).findFirst()
                .orElse(id.toString());
    }

    private List<MeetingPack.Kpi> kpis(Kpis k) {
        List<MeetingPack.Kpi> rows = new ArrayList<>();
        rows.add(kpi("export.kpi.openCount", (double) k.openCount(), ValueFormat.COUNT));
        rows.add(kpi("dashboard.tile.open", money(k.openAmount()), ValueFormat.MONEY));
        rows.add(kpi("dashboard.tile.weighted", money(k.weightedAmount()), ValueFormat.MONEY));
        rows.add(kpi("export.kpi.wonCount", (double) k.wonCount(), ValueFormat.COUNT));
        rows.add(kpi("dashboard.tile.won", money(k.wonAmount()), ValueFormat.MONEY));
        rows.add(kpi("export.kpi.lostCount", (double) k.lostCount(), ValueFormat.COUNT));
        rows.add(kpi("export.kpi.lostAmount", money(k.lostAmount()), ValueFormat.MONEY));
        rows.add(kpi("dashboard.tile.winRate", k.winRate(), ValueFormat.PERCENT));
        rows.add(kpi("export.kpi.winRateAmount", k.winRateAmount(), ValueFormat.PERCENT));
        rows.add(kpi("dashboard.tile.dealSize", money(k.avgDealSize()), ValueFormat.MONEY));
        rows.add(kpi("export.kpi.arpa", money(k.arpa()), ValueFormat.MONEY));
        rows.add(kpi("dashboard.tile.cycle", k.cycleDays().median(), ValueFormat.DAYS));
        rows.add(kpi("dashboard.tile.velocity", money(k.velocity()), ValueFormat.MONEY));
        rows.add(kpi("export.kpi.firstResponse", k.firstResponseHours(), ValueFormat.HOURS));
        rows.add(kpi("dashboard.tile.newLogos", (double) k.newLogos(), ValueFormat.COUNT));
        rows.add(kpi("export.kpi.expansion", money(k.expansionAmount()), ValueFormat.MONEY));
        return rows;
    }

    private MeetingPack.Kpi kpi(String key, Double value, ValueFormat format) {
        return new MeetingPack.Kpi(text.get(key), value, format, values.shown(value, format));
    }

    private static Kpis.Funnel chosenFunnel(Kpis kpis) {
        UUID chosen = kpis.filter().pipelineId();
        return kpis.funnel().stream().filter(f -> f.pipelineId().equals(chosen)).findFirst()
                .orElse(kpis.funnel().isEmpty() ? null : kpis.funnel().get(0));
    }

    private String stepName(Kpis.Funnel.Step step) {
        return step.stageId() == null ? text.get("dashboard.funnel.won") : text.dataName(step.stage());
    }

    private PackChart funnel(Kpis.Funnel funnel) {
        List<String> steps = new ArrayList<>();
        List<Double> reached = new ArrayList<>();
        if (funnel != null) {
            funnel.steps().forEach(step -> {
                steps.add(stepName(step));
                reached.add((double) step.reached());
            });
        }
        String title = text.get("dashboard.chart.funnel", funnel == null ? "" : text.dataName(funnel.pipeline()));
        return new PackChart("funnel", title, Kind.FUNNEL, ValueFormat.COUNT, text.get("export.axis.step"), steps,
                List.of(new Series(text.get("export.series.reached"), reached)));
    }

    private PackChart conversion(Kpis.Funnel funnel) {
        List<String> steps = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        if (funnel != null) {
            for (int i = 0; i + 1 < funnel.steps().size(); i++) {
                Kpis.Funnel.Step from = funnel.steps().get(i);
                Kpis.Funnel.Step to = funnel.steps().get(i + 1);
                steps.add(stepName(from) + " → " + stepName(to));
                rates.add(from.reached() == 0 ? null : (double) to.reached() / from.reached());
            }
        }
        return new PackChart("conversion", text.get("dashboard.chart.conversion"), Kind.COLUMN, ValueFormat.PERCENT,
                text.get("export.axis.step"), steps, List.of(new Series(text.get("export.series.rate"), rates)));
    }

    private PackChart byStage(Kpis kpis) {
        Map<String, Integer> uses = new HashMap<>();
        kpis.openByStage().forEach(s -> uses.merge(s.stage(), 1, Integer::sum));
        List<String> stages = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        List<Double> weighted = new ArrayList<>();
        for (Kpis.StageFigures stage : kpis.openByStage()) {
            stages.add(uses.get(stage.stage()) > 1 ? text.get("dashboard.stage.inPipeline",
                    text.dataName(stage.pipeline()), text.dataName(stage.stage())) : text.dataName(stage.stage()));
            amounts.add(money(stage.amount()));
            weighted.add(money(stage.weighted()));
        }
        return new PackChart("by-stage", text.get("dashboard.chart.byStage"), Kind.BAR, ValueFormat.MONEY,
                text.get("dashboard.pipeline"), stages, List.of(new Series(text.get("dashboard.series.amount"), amounts),
                new Series(text.get("dashboard.series.weighted"), weighted)));
    }

    private PackChart forecast(Kpis kpis) {
        List<String> months = new ArrayList<>();
        List<Double> weighted = new ArrayList<>();
        List<Double> commit = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        for (Kpis.ForecastMonth month : kpis.forecast()) {
            months.add(month(month.month()));
            weighted.add(money(month.weighted()));
            commit.add(money(month.commit()));
            best.add(money(month.bestCase()));
        }
        return new PackChart("forecast", text.get("dashboard.chart.forecast"), Kind.COLUMN, ValueFormat.MONEY,
                text.get("export.axis.month"), months, List.of(new Series(text.get("dashboard.series.weighted"), weighted),
                new Series(text.get("dashboard.series.commit"), commit),
                new Series(text.get("dashboard.series.bestCase"), best)));
    }

    private PackChart winRate(Kpis kpis) {
        List<String> months = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (Kpis.MonthWinRate month : kpis.winRateByMonth()) {
            months.add(month(month.month()));
            rates.add(month.winRate());
        }
        return new PackChart("win-rate", text.get("dashboard.chart.winRate"), Kind.LINE, ValueFormat.PERCENT,
                text.get("export.axis.month"), months, List.of(new Series(text.get("dashboard.tile.winRate"), rates)));
    }

    private PackChart cycle(Kpis kpis) {
        List<String> buckets = new ArrayList<>();
        List<Double> wins = new ArrayList<>();
        for (Kpis.CycleBucket bucket : kpis.cycleHistogram()) {
            buckets.add(bucket.toDays() == null ? text.get("dashboard.cycle.open", bucket.fromDays())
                    : text.get("dashboard.cycle.bucket", bucket.fromDays(), bucket.toDays()));
            wins.add((double) bucket.wins());
        }
        return new PackChart("cycle", text.get("dashboard.chart.cycle"), Kind.COLUMN, ValueFormat.COUNT,
                text.get("export.axis.days"), buckets, List.of(new Series(text.get("export.series.wins"), wins)));
    }

    /** Conversion only: its days to convert are in the CSV and sheet of the KPI table's neighbours. */
    private PackChart channel(Kpis kpis) {
        List<String> names = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (Kpis.ChannelFigures channel : kpis.channel()) {
            names.add(text.channelName(channel.channel()));
            rates.add(channel.conversionRate());
        }
        return new PackChart("channel", text.get("export.chart.channel"), Kind.BAR, ValueFormat.PERCENT,
                text.get("dashboard.channel"), names, List.of(new Series(text.get("export.series.rate"), rates)));
    }

    private PackChart reps(Kpis kpis) {
        List<String> names = new ArrayList<>();
        List<Double> won = new ArrayList<>();
        for (Kpis.RepFigures rep : kpis.reps().subList(0, Math.min(MOST_REPS, kpis.reps().size()))) {
            names.add(rep.rank() + ". " + owner(rep.owner()));
            won.add(money(rep.wonAmount()));
        }
        return new PackChart("reps", text.get("dashboard.chart.reps"), Kind.BAR, ValueFormat.MONEY,
                text.get("dashboard.owner"), names, List.of(new Series(text.get("dashboard.tile.won"), won)));
    }

    private PackChart activities(Kpis kpis) {
        Map<String, Long> totals = new HashMap<>();
        kpis.activitiesPerWeek().forEach(w -> totals.merge(owner(w.owner()), w.activities(), Long::sum));
        List<String> shown = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MOST_OWNERS).map(Map.Entry::getKey).toList();
        String others = text.get("dashboard.activities.others");
        Map<String, Map<String, Long>> byOwner = new LinkedHashMap<>();
        shown.forEach(name -> byOwner.put(name, new HashMap<>()));
        TreeSet<String> weeks = new TreeSet<>();
        for (Kpis.WeekActivities week : kpis.activitiesPerWeek()) {
            String name = shown.contains(owner(week.owner())) ? owner(week.owner()) : others;
            byOwner.computeIfAbsent(name, k -> new HashMap<>()).merge(week.week(), week.activities(), Long::sum);
            weeks.add(week.week());
        }
        List<Series> series = new ArrayList<>();
        byOwner.forEach((name, counts) -> series.add(new Series(name,
                weeks.stream().map(w -> (double) counts.getOrDefault(w, 0L)).toList())));
        return new PackChart("activities", text.get("dashboard.chart.activities"), Kind.STACKED_COLUMN,
                ValueFormat.COUNT, text.get("export.axis.week"), List.copyOf(weeks), series);
    }

    private PackChart tiers(Kpis kpis) {
        List<String> names = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        if (kpis.accountTiers() != null) {
            for (Kpis.AccountTiers.Tier tier : kpis.accountTiers().tiers()) {
                names.add(text.get("dashboard.tiers.slice", tier.tier(), tier.accounts()));
                amounts.add(money(tier.amount()));
            }
        }
        return new PackChart("tiers", text.get("dashboard.chart.tiers"), Kind.DOUGHNUT, ValueFormat.MONEY,
                text.get("export.axis.tier"), names, List.of(new Series(text.get("dashboard.tile.won"), amounts)));
    }

    private String owner(String name) {
        return name == null ? text.get("dashboard.owner.none") : name;
    }

    private String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(text.get("dashboard.monthPattern"), text.locale()).format(month);
    }

    private static Double money(BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }
}
