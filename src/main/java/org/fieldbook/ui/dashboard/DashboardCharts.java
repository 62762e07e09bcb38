package org.fieldbook.ui.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.fieldbook.analytics.Drill;
import org.fieldbook.analytics.Kpis;
import org.fieldbook.domain.Money;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * The dashboard's charts, built once and given new data on every recompute (no animation, so nothing
 * flickers). Every bar, point, slice and funnel step has a tooltip with its exact value; those that stand
 * for deals open them on a click.
 */
final class DashboardCharts {
    private static final int MOST_REPS = 10;
    private static final int MOST_OWNERS = 8;

    private final Messages messages;
    private final Formats formats;
    private final BiConsumer<String, Drill> drill;
    private final DateTimeFormatter monthFormat;
    private String currency = "EUR";

    private final Label funnelTitle = new Label();
    private final FunnelChart funnel = new FunnelChart();
    private final BarChart<String, Number> conversion;
    private final BarChart<Number, String> byStage;
    private final BarChart<String, Number> forecast;
    private final LineChart<String, Number> winRate;
    private final BarChart<String, Number> cycle;
    private final BarChart<Number, String> channels;
    private final BarChart<Number, String> reps;
    private final StackedBarChart<String, Number> activities;
    private final PieChart tiers = new PieChart();

    DashboardCharts(GridPane grid, Messages messages, Formats formats, BiConsumer<String, Drill> drill) {
        this.messages = messages;
        this.formats = formats;
        this.drill = drill;
        this.monthFormat = DateTimeFormatter.ofPattern(messages.get("dashboard.monthPattern"), formats.locale());
        conversion = bar(percentAxis());
        byStage = new BarChart<>(moneyAxis(), new CategoryAxis());
        forecast = bar(moneyAxis());
        winRate = new LineChart<>(new CategoryAxis(), percentAxis());
        cycle = bar(countAxis());
        channels = new BarChart<>(countAxis(), new CategoryAxis());
        reps = new BarChart<>(moneyAxis(), new CategoryAxis());
        activities = new StackedBarChart<>(new CategoryAxis(), countAxis());
        for (int column = 0; column < 2; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(50);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        List<Node> cards = List.of(
                card("funnelCard", funnelTitle, funnel),
                card("conversionCard", title("dashboard.chart.conversion"), conversion),
                card("byStageCard", title("dashboard.chart.byStage"), byStage),
                card("forecastCard", title("dashboard.chart.forecast"), forecast),
                card("winRateCard", title("dashboard.chart.winRate"), winRate),
                card("cycleCard", title("dashboard.chart.cycle"), cycle),
                card("channelCard", title("dashboard.chart.channel"), channels),
                card("repsCard", title("dashboard.chart.reps"), reps),
                card("activitiesCard", title("dashboard.chart.activities"), activities),
                card("tiersCard", title("dashboard.chart.tiers"), tiers));
        for (int i = 0; i < cards.size(); i++) {
            grid.add(cards.get(i), i % 2, i / 2);
        }
        for (XYChart<?, ?> chart : List.of(conversion, byStage, forecast, winRate, cycle, channels, reps, activities)) {
            chart.setAnimated(false);
            chart.getXAxis().setAnimated(false);
            chart.getYAxis().setAnimated(false);
            chart.setPrefHeight(280);
            chart.setMinHeight(240);
        }
        tiers.setAnimated(false);
        tiers.setPrefHeight(280);
        tiers.setLabelsVisible(true);
        conversion.setLegendVisible(false);
        cycle.setLegendVisible(false);
        winRate.setLegendVisible(false);
        reps.setLegendVisible(false);
        tiers.setLegendVisible(false);
        activities.setCategoryGap(2);
        for (BarChart<Number, String> across : List.of(byStage, channels, reps)) {
            across.setCategoryGap(6);
            across.setBarGap(1);
        }
    }

    void show(Kpis kpis, UUID chosenPipeline, Function<String, String> channelName) {
        currency = kpis.reportingCurrency();
        showFunnel(kpis, chosenPipeline);
        showByStage(kpis);
        showForecast(kpis);
        showWinRate(kpis);
        showCycle(kpis);
        showChannels(kpis, channelName);
        showReps(kpis);
        showActivities(kpis);
        showTiers(kpis);
    }

    private void showFunnel(Kpis kpis, UUID chosenPipeline) {
        Kpis.Funnel shown = kpis.funnel().stream().filter(f -> f.pipelineId().equals(chosenPipeline)).findFirst()
                .orElse(kpis.funnel().isEmpty() ? null : kpis.funnel().get(0));
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        if (shown == null) {
            funnel.show(List.of(), index -> { });
            conversion.getData().setAll(List.of(rates));
            return;
        }
        funnelTitle.setText(messages.get("dashboard.chart.funnel", messages.dataName(shown.pipeline())));
        List<FunnelChart.Step> steps = new ArrayList<>();
        long first = shown.steps().get(0).reached();
        for (Kpis.Funnel.Step step : shown.steps()) {
            String name = stepName(step);
            steps.add(new FunnelChart.Step(name, step.reached(), messages.get("dashboard.funnel.tip", name,
                    step.reached(), first == 0 ? 0.0 : (double) step.reached() / first)));
        }
        funnel.show(steps, index -> {
            Kpis.Funnel.Step step = shown.steps().get(index);
            drill.accept(messages.get("dashboard.drill.funnel", stepName(step)),
                    new Drill.FunnelStep(shown.pipelineId(), step.stageId()));
        });
        for (int i = 0; i + 1 < shown.steps().size(); i++) {
            Kpis.Funnel.Step from = shown.steps().get(i);
            Kpis.Funnel.Step to = shown.steps().get(i + 1);
            Double rate = from.reached() == 0 ? null : (double) to.reached() / from.reached();
            String category = messages.get("dashboard.conversion.category", stepName(to));
            rates.getData().add(data(category, rate == null ? 0 : rate * 100,
                    messages.get("dashboard.conversion.tip", stepName(from), stepName(to), to.reached(),
                            from.reached(), rate == null ? "—" : messages.get("dashboard.percent", rate)),
                    () -> drill.accept(messages.get("dashboard.drill.funnel", stepName(to)),
                            new Drill.FunnelStep(shown.pipelineId(), to.stageId()))));
        }
        conversion.getData().setAll(List.of(rates));
    }

    private String stepName(Kpis.Funnel.Step step) {
        return step.stageId() == null ? messages.get("dashboard.funnel.won") : messages.dataName(step.stage());
    }

    private void showByStage(Kpis kpis) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Kpis.StageFigures stage : kpis.openByStage()) {
            if (!seen.add(stage.stage())) {
                repeated.add(stage.stage());
            }
        }
        XYChart.Series<Number, String> amounts = series(messages.get("dashboard.series.amount"));
        XYChart.Series<Number, String> weighted = series(messages.get("dashboard.series.weighted"));
        List<Kpis.StageFigures> stages = new ArrayList<>(kpis.openByStage());
        java.util.Collections.reverse(stages); // the chart draws its first category at the bottom
        for (Kpis.StageFigures stage : stages) {
            String name = repeated.contains(stage.stage())
                    ? messages.get("dashboard.stage.inPipeline", messages.dataName(stage.pipeline()),
                    messages.dataName(stage.stage())) : messages.dataName(stage.stage());
            Drill open = new Drill.OpenInStage(stage.stageId());
            String title = messages.get("dashboard.drill.stage", name);
            String tip = messages.get("dashboard.byStage.tip", name, stage.count(), money(stage.amount()),
                    money(stage.weighted()), stage.probability());
            amounts.getData().add(across(name, number(stage.amount()), tip, () -> drill.accept(title, open)));
            weighted.getData().add(across(name, number(stage.weighted()), tip, () -> drill.accept(title, open)));
        }
        niceMoneyAxis((NumberAxis) byStage.getXAxis(), stages.stream().map(Kpis.StageFigures::amount));
        byStage.getData().setAll(List.of(amounts, weighted));
    }

    private void showForecast(Kpis kpis) {
        XYChart.Series<String, Number> weighted = series(messages.get("dashboard.series.weighted"));
        XYChart.Series<String, Number> commit = series(messages.get("dashboard.series.commit"));
        XYChart.Series<String, Number> best = series(messages.get("dashboard.series.bestCase"));
        for (Kpis.ForecastMonth month : kpis.forecast()) {
            String name = month(month.month());
            String tip = messages.get("dashboard.forecast.tip", name, money(month.weighted()), money(month.commit()),
                    money(month.bestCase()));
            String title = messages.get("dashboard.drill.forecast", name);
            weighted.getData().add(data(name, number(month.weighted()), tip,
                    () -> drill.accept(title, new Drill.ForecastMonth(month.month(), false))));
            commit.getData().add(data(name, number(month.commit()), tip,
                    () -> drill.accept(title, new Drill.ForecastMonth(month.month(), true))));
            best.getData().add(data(name, number(month.bestCase()), tip,
                    () -> drill.accept(title, new Drill.ForecastMonth(month.month(), false))));
        }
        niceMoneyAxis((NumberAxis) forecast.getYAxis(), kpis.forecast().stream().map(Kpis.ForecastMonth::bestCase));
        forecast.getData().setAll(List.of(weighted, commit, best));
    }

    private void showWinRate(Kpis kpis) {
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        for (Kpis.MonthWinRate month : kpis.winRateByMonth()) {
            if (month.winRate() == null) {
                continue; // no deal closed that month: no rate, rather than a rate of zero
            }
            String name = month(month.month());
            rates.getData().add(data(name, month.winRate() == null ? 0 : month.winRate() * 100,
                    messages.get("dashboard.winRate.tip", name, month.winRate() == null ? "—"
                            : messages.get("dashboard.percent", month.winRate()), month.won(), month.lost()),
                    () -> drill.accept(messages.get("dashboard.drill.closed", name),
                            new Drill.ClosedInMonth(month.month()))));
        }
        winRate.getData().setAll(List.of(rates));
    }

    private void showCycle(Kpis kpis) {
        XYChart.Series<String, Number> wins = new XYChart.Series<>();
        int index = 0;
        for (Kpis.CycleBucket bucket : kpis.cycleHistogram()) {
            String name = bucket.toDays() == null ? messages.get("dashboard.cycle.open", bucket.fromDays())
                    : messages.get("dashboard.cycle.bucket", bucket.fromDays(), bucket.toDays());
            int at = index++;
            wins.getData().add(data(name, bucket.wins(), messages.get("dashboard.cycle.tip", name, bucket.wins()),
                    () -> drill.accept(messages.get("dashboard.drill.cycle", name), new Drill.CycleBucket(at))));
        }
        cycle.getData().setAll(List.of(wins));
    }

    private void showChannels(Kpis kpis, Function<String, String> channelName) {
        XYChart.Series<Number, String> rate = series(messages.get("dashboard.series.conversion"));
        XYChart.Series<Number, String> days = series(messages.get("dashboard.series.daysToConvert"));
        List<Kpis.ChannelFigures> all = new ArrayList<>(kpis.channel());
        java.util.Collections.reverse(all);
        for (Kpis.ChannelFigures channel : all) {
            String name = channelName.apply(channel.channel());
            String tip = messages.get("dashboard.channel.tip", name, channel.leads(), channel.converted(),
                    channel.conversionRate() == null ? "—" : messages.get("dashboard.percent", channel.conversionRate()),
                    channel.meanDaysToConvert() == null ? "—"
                            : messages.get("dashboard.days", channel.meanDaysToConvert()),
                    channel.winRate() == null ? "—" : messages.get("dashboard.percent", channel.winRate()),
                    money(channel.wonAmount()));
            Runnable open = () -> drill.accept(messages.get("dashboard.drill.channel", name),
                    new Drill.Channel(channel.channel()));
            rate.getData().add(across(name, channel.conversionRate() == null ? 0 : channel.conversionRate() * 100,
                    tip, open));
            days.getData().add(across(name, channel.meanDaysToConvert() == null ? 0 : channel.meanDaysToConvert(),
                    tip, open));
        }
        channels.getData().setAll(List.of(rate, days));
    }

    private void showReps(Kpis kpis) {
        XYChart.Series<Number, String> won = new XYChart.Series<>();
        List<Kpis.RepFigures> top = kpis.reps().subList(0, Math.min(MOST_REPS, kpis.reps().size()));
        for (int i = top.size() - 1; i >= 0; i--) { // the chart draws its first category at the bottom
            Kpis.RepFigures rep = top.get(i);
            String name = rep.rank() + ". " + (rep.owner() == null ? messages.get("dashboard.owner.none") : rep.owner());
            won.getData().add(across(name, number(rep.wonAmount()), messages.get("dashboard.reps.tip", name, money(rep.wonAmount()),
                    rep.wonCount(), rep.winRate() == null ? "—" : messages.get("dashboard.percent", rep.winRate()),
                    rep.activitiesDone(), rep.medianCycleDays() == null ? "—"
                            : messages.get("dashboard.days", rep.medianCycleDays())),
                    () -> drill.accept(messages.get("dashboard.drill.rep", name), new Drill.Rep(rep.ownerId()))));
        }
        niceMoneyAxis((NumberAxis) reps.getXAxis(), top.stream().map(Kpis.RepFigures::wonAmount));
        reps.getData().setAll(List.of(won));
    }

    private void showActivities(Kpis kpis) {
        Map<String, Long> totals = new HashMap<>();
        for (Kpis.WeekActivities week : kpis.activitiesPerWeek()) {
            totals.merge(owner(week.owner()), week.activities(), Long::sum);
        }
        List<String> shownOwners = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MOST_OWNERS).map(Map.Entry::getKey).toList();
        String others = messages.get("dashboard.activities.others");
        Map<String, Map<String, Long>> byOwner = new LinkedHashMap<>();
        java.util.TreeSet<String> weeks = new java.util.TreeSet<>();
        for (Kpis.WeekActivities week : kpis.activitiesPerWeek()) {
            String name = shownOwners.contains(owner(week.owner())) ? owner(week.owner()) : others;
            byOwner.computeIfAbsent(name, k -> new HashMap<>()).merge(week.week(), week.activities(), Long::sum);
            weeks.add(week.week());
        }
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (String name : shownOwners) {
            all.add(weekSeries(name, byOwner.get(name), weeks));
        }
        if (byOwner.containsKey(others)) {
            all.add(weekSeries(others, byOwner.get(others), weeks));
        }
        activities.getData().setAll(all);
    }

    private XYChart.Series<String, Number> weekSeries(String name, Map<String, Long> counts,
                                                      java.util.SortedSet<String> weeks) {
        XYChart.Series<String, Number> series = series(name);
        for (String week : weeks) {
            long count = counts.getOrDefault(week, 0L);
            // "2025-W07" is shown as "25-W07": short enough for a year of weeks side by side
            series.getData().add(data(week.substring(2), count, messages.get("dashboard.activities.tip", name, week,
                    count), null));
        }
        return series;
    }

    private String owner(String name) {
        return name == null ? messages.get("dashboard.owner.none") : name;
    }

    private void showTiers(Kpis kpis) {
        List<PieChart.Data> slices = new ArrayList<>();
        Map<PieChart.Data, Kpis.AccountTiers.Tier> tierOf = new HashMap<>();
        if (kpis.accountTiers() != null) {
            for (Kpis.AccountTiers.Tier tier : kpis.accountTiers().tiers()) {
                if (tier.accounts() > 0) {
                    PieChart.Data slice = new PieChart.Data(messages.get("dashboard.tiers.slice", tier.tier(),
                            tier.accounts()), Math.max(number(tier.amount()).doubleValue(), 0.0001));
                    slices.add(slice);
                    tierOf.put(slice, tier);
                }
            }
        }
        tiers.getData().setAll(slices);
        for (PieChart.Data slice : slices) {
            Kpis.AccountTiers.Tier tier = tierOf.get(slice);
            install(slice.getNode(), messages.get("dashboard.tiers.tip", tier.tier(), tier.accounts(),
                    money(tier.amount())), () -> drill.accept(messages.get("dashboard.drill.tier", tier.tier()),
                    new Drill.Tier(tier.tier())));
        }
    }

    private XYChart.Data<String, Number> data(String category, Number value, String tip, Runnable click) {
        XYChart.Data<String, Number> point = new XYChart.Data<>(category, value);
        decorate(point, new StackPane(), tip, click);
        return point;
    }

    private XYChart.Data<Number, String> across(String category, Number value, String tip, Runnable click) {
        XYChart.Data<Number, String> point = new XYChart.Data<>(value, category);
        decorate(point, new StackPane(), tip, click);
        return point;
    }

    /**
     * Five round ticks from zero to just above the largest amount: left to itself the axis picks a dozen,
     * and their labels run into each other.
     */
    private static void niceMoneyAxis(NumberAxis axis, java.util.stream.Stream<BigDecimal> amounts) {
        double most = amounts.filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        if (most <= 0) {
            axis.setAutoRanging(true);
            return;
        }
        double step = most / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        double unit = java.util.stream.DoubleStream.of(1, 2, 2.5, 5, 10).map(f -> f * magnitude)
                .filter(u -> u >= step).findFirst().orElse(10 * magnitude);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.ceil(most / unit) * unit);
        axis.setTickUnit(unit);
        axis.setMinorTickVisible(false);
    }

    /** Gives a bar or point its node before the chart makes one, so the tooltip and click are on it at once. */
    private static <X, Y> void decorate(XYChart.Data<X, Y> point, StackPane node, String tip, Runnable click) {
        point.setNode(node);
        install(node, tip, click);
    }

    private static void install(Node node, String tip, Runnable click) {
        if (node == null) {
            return;
        }
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tooltip);
        if (click != null) {
            node.getStyleClass().add("chart-clickable");
            node.setOnMouseClicked(event -> click.run());
        }
    }

    private static <X, Y> XYChart.Series<X, Y> series(String name) {
        XYChart.Series<X, Y> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private String money(BigDecimal amount) {
        return amount == null ? messages.get("dashboard.noRate") : formats.money(new Money(amount, currency));
    }

    private static Number number(BigDecimal amount) {
        return amount == null ? 0 : amount;
    }

    private String month(YearMonth month) {
        return monthFormat.format(month);
    }

    private Label title(String key) {
        return new Label(messages.get(key));
    }

    private static VBox card(String id, Label title, Node chart) {
        title.getStyleClass().add("chart-title");
        VBox card = new VBox(8, title, chart);
        card.setId(id);
        card.getStyleClass().add("chart-card");
        VBox.setVgrow(chart, Priority.ALWAYS);
        return card;
    }

    private static BarChart<String, Number> bar(NumberAxis values) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), values);
        chart.setBarGap(2);
        chart.setCategoryGap(12);
        return chart;
    }

    private NumberAxis moneyAxis() {
        NumberAxis axis = new NumberAxis();
        NumberFormat compact = NumberFormat.getCompactNumberInstance(formats.locale(), NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return compact.format(value);
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        return axis;
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis(0, 100, 20);
        axis.setAutoRanging(false);
        return axis;
    }

    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        return axis;
    }
}
