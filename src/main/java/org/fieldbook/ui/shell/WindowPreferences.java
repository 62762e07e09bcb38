package org.fieldbook.ui.shell;

import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fieldbook.ui.common.PropertiesFile;
import org.fieldbook.ui.common.Section;

/**
 * Where the window was and how it looked: size, position, maximized, theme and last screen. Kept in
 * {@code ui.properties} in the data folder, not in the database: it belongs to this computer's screen, and
 * a broken or missing file just means the defaults.
 */
public final class WindowPreferences {
    static final String FILE_NAME = "ui.properties";
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 760;

    private final DoubleProperty x = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty y = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty width = new SimpleDoubleProperty(DEFAULT_WIDTH);
    private final DoubleProperty height = new SimpleDoubleProperty(DEFAULT_HEIGHT);
    private final BooleanProperty maximized = new SimpleBooleanProperty();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.BOARD);
    /** The window's language as a tag (zh-CN); empty: the system's. Read at start, so a change shows next time. */
    private final StringProperty language = new SimpleStringProperty("");

    public static WindowPreferences load(Path dataFolder) {
        WindowPreferences preferences = new WindowPreferences();
        Properties stored = PropertiesFile.read(dataFolder.resolve(FILE_NAME));
        preferences.x.set(number(stored, "window.x", Double.NaN));
        preferences.y.set(number(stored, "window.y", Double.NaN));
        preferences.width.set(Math.max(640, number(stored, "window.width", DEFAULT_WIDTH)));
        preferences.height.set(Math.max(420, number(stored, "window.height", DEFAULT_HEIGHT)));
        preferences.maximized.set(Boolean.parseBoolean(stored.getProperty("window.maximized")));
        preferences.dark.set("dark".equals(stored.getProperty("theme")));
        preferences.section.set(Section.named(stored.getProperty("section", Section.BOARD.name())));
        preferences.language.set(stored.getProperty("language", "").strip());
        return preferences;
    }

    private static double number(Properties stored, String key, double fallback) {
        try {
            double value = Double.parseDouble(stored.getProperty(key, ""));
            return Double.isFinite(value) ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Writes the file whole or not at all. */
    public void save(Path dataFolder) {
        Properties stored = new Properties();
        if (Double.isFinite(x.get()) && Double.isFinite(y.get())) {
            stored.setProperty("window.x", Double.toString(x.get()));
            stored.setProperty("window.y", Double.toString(y.get()));
        }
        stored.setProperty("window.width", Double.toString(width.get()));
        stored.setProperty("window.height", Double.toString(height.get()));
        stored.setProperty("window.maximized", Boolean.toString(maximized.get()));
        stored.setProperty("theme", dark.get() ? "dark" : "light");
        stored.setProperty("section", section.get().name());
        if (!language.get().isBlank()) {
            stored.setProperty("language", language.get());
        }
        PropertiesFile.write(dataFolder.resolve(FILE_NAME), stored, "Fieldbook window");
    }

    public DoubleProperty xProperty() {
        return x;
    }

    public DoubleProperty yProperty() {
        return y;
    }

    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty heightProperty() {
        return height;
    }

    public BooleanProperty maximizedProperty() {
        return maximized;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }
}
