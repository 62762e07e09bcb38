package org.fieldbook.ui.board;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.fieldbook.ui.common.PropertiesFile;

/**
 * The board's choices on this computer: the pipeline shown and, for each pipeline, its filter. Kept in
 * {@code board-filters.properties} in the data folder beside the window's own file; a broken or missing file just
 * means no filter and the first pipeline.
 */
public final class BoardPreferences {
    static final String FILE_NAME = "board-filters.properties";

    private final Path file;
    private final Properties stored;

    private BoardPreferences(Path file, Properties stored) {
        this.file = file;
        this.stored = stored;
    }

    /** The preferences of a data folder, or, with {@code null}, ones that are never written (tests, bench). */
    public static BoardPreferences load(Path dataFolder) {
        if (dataFolder == null) {
            return new BoardPreferences(null, new Properties());
        }
        Path file = dataFolder.resolve(FILE_NAME);
        return new BoardPreferences(file, PropertiesFile.read(file));
    }

    public Optional<UUID> pipeline() {
        return Optional.ofNullable(uuid(stored.getProperty("pipeline")));
    }

    public void pipeline(UUID id) {
        stored.setProperty("pipeline", id.toString());
        save();
    }

    public BoardFilter filterOf(UUID pipeline) {
        String prefix = "filter." + pipeline + ".";
        return new BoardFilter(Boolean.parseBoolean(stored.getProperty(prefix + "mine")),
                stored.getProperty(prefix + "text", ""), date(stored.getProperty(prefix + "closeFrom")),
                date(stored.getProperty(prefix + "closeTo")), amount(stored.getProperty(prefix + "minAmount")));
    }

    public void filter(UUID pipeline, BoardFilter filter) {
        String prefix = "filter." + pipeline + ".";
        put(prefix + "mine", filter.mine() ? "true" : null);
        put(prefix + "text", filter.text().isEmpty() ? null : filter.text());
        put(prefix + "closeFrom", filter.closeFrom() == null ? null : filter.closeFrom().toString());
        put(prefix + "closeTo", filter.closeTo() == null ? null : filter.closeTo().toString());
        put(prefix + "minAmount", filter.minAmount() == null ? null : filter.minAmount().toPlainString());
        save();
    }

    private void put(String key, String value) {
        if (value == null) {
            stored.remove(key);
        } else {
            stored.setProperty(key, value);
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        PropertiesFile.write(file, stored, "Fieldbook board");
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal amount(String text) {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
