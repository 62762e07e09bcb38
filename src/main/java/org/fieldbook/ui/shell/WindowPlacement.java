package org.fieldbook.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time, if that place is still on a screen, and remembers where it is. */
public final class WindowPlacement {
    private final Stage stage;
    private final WindowPreferences preferences;

    public WindowPlacement(Stage stage, WindowPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
    }

    public void restore() {
        stage.setWidth(preferences.widthProperty().get());
        stage.setHeight(preferences.heightProperty().get());
        double x = preferences.xProperty().get();
        double y = preferences.yProperty().get();
        // a window last shown on a monitor that is no longer attached would open out of sight
        if (Double.isFinite(x) && Double.isFinite(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.maximizedProperty().get());
    }

    /** Copies the window's place into the preferences; a maximized window keeps its normal size for later. */
    public void remember() {
        preferences.maximizedProperty().set(stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.xProperty().set(stage.getX());
            preferences.yProperty().set(stage.getY());
            preferences.widthProperty().set(stage.getWidth());
            preferences.heightProperty().set(stage.getHeight());
        }
    }
}
