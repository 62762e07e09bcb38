package org.fieldbook.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;

/**
 * The start-up benchmark's finish line. With {@code -Dfieldbook.bench.firstPaint=exit|stay}, prints
 * {@code first-paint} once the window is shown and its first table holds its rows and a pulse has drawn
 * them; with {@code exit} it then quits.
 */
final class FirstPaintProbe {
    static final String PROPERTY = "fieldbook.bench.firstPaint";

    private FirstPaintProbe() {
    }

    static void attach(Scene scene, ObservableBooleanValue tableFilled) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        if (tableFilled.get()) {
            afterNextPulse(scene, mode);
        } else {
            tableFilled.addListener((obs, was, filled) -> {
                if (filled) {
                    afterNextPulse(scene, mode);
                }
            });
        }
    }

    /** The pulse that lays the rows out also renders them; the next frame comes after that render. */
    private static void afterNextPulse(Scene scene, String mode) {
        boolean[] done = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0])); // not while it runs
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    System.out.println("first-paint");
                    System.out.flush();
                    if ("exit".equals(mode)) {
                        Platform.exit();
                    }
                }
            }.start();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
