package org.fieldbook.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;

/**
 * A funnel drawn as one: each step a trapezoid as wide as the share of deals that reached it, narrowing to
 * the next step's width, with the step's name and count beside it. Hover shows the exact figures; a click
 * hands the step's index to the listener.
 */
final class FunnelChart extends VBox {
    static final double WIDTH = 300;
    private static final double STEP_HEIGHT = 42;
    private static final double THINNEST = 0.04;

    record Step(String name, long reached, String tip) {
    }

    FunnelChart() {
        getStyleClass().add("funnel-chart");
        setSpacing(2);
    }

    void show(List<Step> steps, Consumer<Integer> clicked) {
        List<HBox> rows = new ArrayList<>();
        long most = steps.stream().mapToLong(Step::reached).max().orElse(0);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double top = width(step.reached(), most);
            double bottom = i + 1 < steps.size() ? width(steps.get(i + 1).reached(), most) : top * 0.85;
            Polygon shape = new Polygon((WIDTH - top) / 2, 0, (WIDTH + top) / 2, 0, (WIDTH + bottom) / 2,
                    STEP_HEIGHT, (WIDTH - bottom) / 2, STEP_HEIGHT);
            shape.getStyleClass().addAll("funnel-step", "funnel-step-" + Math.min(i, 5));
            shape.setId("funnelStep" + i);
            shape.setAccessibleText(step.tip());
            StackPane cell = new StackPane(shape);
            cell.setMinSize(WIDTH, STEP_HEIGHT);
            cell.setPrefSize(WIDTH, STEP_HEIGHT);
            cell.setMaxSize(WIDTH, STEP_HEIGHT);
            Label label = new Label(step.name() + "  " + step.reached());
            label.getStyleClass().add("funnel-label");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox row = new HBox(12, cell, label);
            row.setAlignment(Pos.CENTER_LEFT);
            Tooltip tip = new Tooltip(step.tip());
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(shape, tip);
            Tooltip.install(label, tip);
            int index = i;
            shape.setOnMouseClicked(event -> clicked.accept(index));
            label.setOnMouseClicked(event -> clicked.accept(index));
            rows.add(row);
        }
        getChildren().setAll(rows);
    }

    private static double width(long reached, long most) {
        double share = most == 0 ? 0 : (double) reached / most;
        return WIDTH * Math.max(THINNEST, share);
    }
}
