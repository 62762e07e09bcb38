package org.fieldbook.ui.board;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/**
 * The board's choices on this computer: the pipeline shown and, for each pipeline, its filter. Kept in
 * {@code board-filters.properties} in the data folder beside the window's own file; a broken or missing file just
 * means no filter and the first pipeline.
 */
public final class BoardPreferences {
    static final String FILE_NAME = "board-filters.properties";

    private final Path file;
    private final Properties stored = new Properties();

    private BoardPreferences(Path file) {
        this.file = file;
    }

    /** The preferences of a data folder, or, with {@code null}, ones that are never written (tests, bench). */
    public static BoardPreferences load(Path dataFolder) {
        BoardPreferences preferences = new BoardPreferences(dataFolder == null ? null
                : dataFolder.resolve(FILE_NAME));
        if (preferences.file == null || !Files.isRegularFile(preferences.file)) {
            return preferences;
        }
        try (Reader in = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
            preferences.stored.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LoggerFactory.getLogger(BoardPreferences.class).warn("ignoring unreadable {}", preferences.file, e);
            preferences.stored.clear();
        }
        return preferences;
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

    /** Writes the file whole under a temporary name first, so a crash never leaves half a file. */
    private void save() {
        if (file == null) {
            return;
        }
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                stored.store(out, "Fieldbook board");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(BoardPreferences.class).warn("could not save {}", file, e);
        }
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
