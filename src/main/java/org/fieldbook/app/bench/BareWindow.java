package org.fieldbook.app.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: a JavaFX window with one label, started like Fieldbook. It prints
 * {@code first-paint} on the frame after its first pulse has laid out and rendered the label, as Fieldbook's
 * own probe does, and with {@code -Dfieldbook.bench.firstPaint=exit} then quits.
 */
public final class BareWindow extends Application {
    static final String FIRST_PAINT = "first-paint";
    static final String PROPERTY = "fieldbook.bench.firstPaint";

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Fieldbook"), 640, 400);
        Runnable[] afterLayout = new Runnable[1];
        afterLayout[0] = () -> {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(afterLayout[0])); // not while it runs
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    System.out.println(FIRST_PAINT);
                    System.out.flush();
                    if ("exit".equals(System.getProperty(PROPERTY))) {
                        Platform.exit();
                    }
                }
            }.start();
        };
        scene.addPostLayoutPulseListener(afterLayout[0]);
        stage.setTitle("Fieldbook bench");
        stage.setScene(scene);
        stage.show();
    }

    /** Started from the class path, a main class must not extend Application: this one only launches it. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
