package org.fieldbook.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The installed launcher starts the JVM with the same options as the bench (installer/jpackage/common.args). */
class InstallerJvmOptionsTest {
    @org.junit.jupiter.api.Test
    void theInstallerPassesTheAppJvmOptions() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("installer/jpackage/common.args"));
        List<String> options = lines.stream()
                .map(String::strip)
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip())
                .collect(Collectors.toList());
        assertEquals(AppJvmOptions.OPTIONS, options);
    }
}
