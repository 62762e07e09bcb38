package org.fieldbook.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/** A small preferences file in the data folder: read if it is there and readable, written whole or not at all. */
public final class PropertiesFile {
    private PropertiesFile() {
    }

    /** The file's properties; none when it is missing or unreadable (logged: preferences are never worth an error). */
    public static Properties read(Path file) {
        Properties stored = new Properties();
        if (!Files.isRegularFile(file)) {
            return stored;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LoggerFactory.getLogger(PropertiesFile.class).warn("ignoring unreadable {}", file, e);
            stored.clear();
        }
        return stored;
    }

    /** Writes the file under a temporary name first and moves it into place, so a crash never leaves half a file. */
    public static void write(Path file, Properties stored, String comment) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                stored.store(out, comment);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(PropertiesFile.class).warn("could not save {}", file, e);
        }
    }
}
