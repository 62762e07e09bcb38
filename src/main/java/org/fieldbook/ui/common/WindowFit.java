package org.fieldbook.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a dialog's layout still while a mouse button is down. Pressing Save takes the focus from the field just
 * typed in, and its message appears or goes: the form grew or shrank at that moment, Save moved from under the
 * pointer, the release missed it and the click was lost. Such changes, and fitting the window to them, now
 * wait for the release, after the click has been handled.
 */
public final class WindowFit {
    private static final String WATCH = WindowFit.class.getName();

    private WindowFit() {
    }

    /** Starts watching the mouse buttons over {@code node}'s window, from when the node is in a scene. */
    public static void watch(Node node) {
        if (node.getScene() != null) {
            watch(node.getScene());
        }
        node.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                watch(scene);
            }
        });
    }

    /** Runs a change of {@code node}'s layout now, or once the mouse button held over its window is released. */
    public static void unlessPressed(Node node, Runnable change) {
        Buttons buttons = node.getScene() == null ? null : (Buttons) node.getScene().getProperties().get(WATCH);
        if (buttons != null && buttons.down) {
            buttons.onRelease.add(change);
        } else {
            change.run();
        }
    }

    /** Fits the window that shows {@code node} to its content, soon and never under a pressed button. */
    public static void fitLater(Node node) {
        Platform.runLater(() -> unlessPressed(node, () -> {
            if (node.getScene() != null && node.getScene().getWindow() != null
                    && node.getScene().getWindow().isShowing()) {
                node.getScene().getWindow().sizeToScene();
            }
        }));
    }

    private static void watch(Scene scene) {
        if (scene.getProperties().containsKey(WATCH)) {
            return;
        }
        Buttons buttons = new Buttons();
        scene.getProperties().put(WATCH, buttons);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> buttons.down = true);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            buttons.down = event.isPrimaryButtonDown() || event.isSecondaryButtonDown() || event.isMiddleButtonDown();
            if (!buttons.down && !buttons.onRelease.isEmpty()) {
                List<Runnable> changes = new ArrayList<>(buttons.onRelease);
                buttons.onRelease.clear();
                // after this release has reached its target: the button fires first, then the layout moves
                Platform.runLater(() -> changes.forEach(Runnable::run));
            }
        });
    }

    private static final class Buttons {
        private boolean down;
        private final List<Runnable> onRelease = new ArrayList<>();
    }
}
