package org.fieldbook.ui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fieldbook.analytics.DashboardFigures;
import org.fieldbook.analytics.Drill;
import org.fieldbook.analytics.Headline;
import org.fieldbook.domain.Money;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/** The KPI tiles: each figure of the period, and how it changed against the period of equal length before. */
final class DashboardTiles {
    private static final PseudoClass BETTER = PseudoClass.getPseudoClass("better");
    private static final PseudoClass WORSE = PseudoClass.getPseudoClass("worse");
    private static final PseudoClass CLICKABLE = PseudoClass.getPseudoClass("clickable");

    private enum Kind { MONEY, COUNT, RATIO, DAYS }

    private record Spec(String id, String titleKey, Kind kind, boolean lowerIsBetter, Function<Headline, Object> value,
                        Drill drill) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("openTile", "dashboard.tile.open", Kind.MONEY, false, Headline::openAmount,
                    new Drill.OpenInStage(null)),
            new Spec("weightedTile", "dashboard.tile.weighted", Kind.MONEY, false, Headline::weightedAmount,
                    new Drill.OpenInStage(null)),
            new Spec("wonTile", "dashboard.tile.won", Kind.MONEY, false, Headline::wonAmount, new Drill.Closed(true)),
            new Spec("winRateTile", "dashboard.tile.winRate", Kind.RATIO, false, Headline::winRate, null),
            new Spec("dealSizeTile", "dashboard.tile.dealSize", Kind.MONEY, false, Headline::avgDealSize,
                    new Drill.Closed(true)),
            new Spec("cycleTile", "dashboard.tile.cycle", Kind.DAYS, true, Headline::medianCycleDays, null),
            new Spec("velocityTile", "dashboard.tile.velocity", Kind.MONEY, false, Headline::velocity, null),
            new Spec("logosTile", "dashboard.tile.newLogos", Kind.COUNT, false, Headline::newLogos, null));

    private final Messages messages;
    private final Formats formats;
    private final List<Label> values = new ArrayList<>();
    private final List<Label> changes = new ArrayList<>();
    private final List<Label> details = new ArrayList<>();
    private final List<Tooltip> tips = new ArrayList<>();
    private String currency = "EUR";

    DashboardTiles(FlowPane pane, Messages messages, Formats formats, BiConsumer<String, Drill> drill) {
        this.messages = messages;
        this.formats = formats;
        for (Spec spec : SPECS) {
            Label title = new Label(messages.get(spec.titleKey()));
            title.getStyleClass().add("tile-title");
            Label value = new Label("—");
            value.getStyleClass().add("tile-value");
            Label change = new Label("");
            change.getStyleClass().add("tile-change");
            Label detail = new Label("");
            detail.getStyleClass().add("tile-detail");
            VBox tile = new VBox(title, value, change, detail);
            tile.setId(spec.id());
            tile.getStyleClass().add("kpi-tile");
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(tile, tip);
            if (spec.drill() != null) {
                tile.pseudoClassStateChanged(CLICKABLE, true);
                tile.setOnMouseClicked(event -> drill.accept(messages.get(spec.titleKey()), spec.drill()));
            }
            values.add(value);
            changes.add(change);
            details.add(detail);
            tips.add(tip);
            pane.getChildren().add(tile);
        }
    }

    void show(DashboardFigures figures) {
        currency = figures.kpis().reportingCurrency();
        for (int i = 0; i < SPECS.size(); i++) {
            Spec spec = SPECS.get(i);
            Object now = spec.value().apply(figures.now());
            Object before = spec.value().apply(figures.before());
            values.get(i).setText(text(spec.kind(), now));
            Double change = change(now, before);
            Label changeLabel = changes.get(i);
            if (change == null) {
                changeLabel.setText(messages.get("dashboard.change.none"));
            } else if (Math.abs(change) < 0.0005) {
                changeLabel.setText(messages.get("dashboard.change.same"));
            } else {
                changeLabel.setText(messages.get(change >= 0 ? "dashboard.change.up" : "dashboard.change.down",
                        Math.abs(change)));
            }
            boolean up = change != null && change > 0;
            boolean down = change != null && change < 0;
            changeLabel.pseudoClassStateChanged(BETTER, spec.lowerIsBetter() ? down : up);
            changeLabel.pseudoClassStateChanged(WORSE, spec.lowerIsBetter() ? up : down);
            tips.get(i).setText(messages.get("dashboard.tile.tip", text(spec.kind(), now), text(spec.kind(), before)));
        }
        details.get(0).setText(messages.get("dashboard.tile.deals", figures.now().openCount()));
        details.get(2).setText(messages.get("dashboard.tile.deals", figures.now().wonCount()));
        details.get(6).setText(messages.get("dashboard.tile.perDay"));
    }

    private String text(Kind kind, Object value) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case MONEY -> formats.money(new Money((BigDecimal) value, currency));
            case COUNT -> formats.integer(((Number) value).longValue());
            case RATIO -> messages.get("dashboard.percent", ((Number) value).doubleValue());
            case DAYS -> messages.get("dashboard.days", ((Number) value).doubleValue());
        };
    }

    /** The relative change, or null when there is no figure before (or it was zero) to compare with. */
    static Double change(Object now, Object before) {
        if (now == null || before == null) {
            return null;
        }
        double a = ((Number) now).doubleValue();
        double b = ((Number) before).doubleValue();
        return b == 0 ? null : (a - b) / Math.abs(b);
    }
}
