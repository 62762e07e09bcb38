package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void theCommandLineWinsOverTheVariableAndTheOs() {
        assertEquals(Path.of("/data/x"), DataFolder.resolve(Path.of("/data/x"),
                Map.of("FIELDBOOK_HOME", "/elsewhere"), "Linux", HOME));
    }

    @Test
    void theVariableWinsOverTheOs() {
        assertEquals(Path.of("/elsewhere"), DataFolder.resolve(null, Map.of("FIELDBOOK_HOME", "/elsewhere"),
                "Linux", HOME));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/xdg/fieldbook"), DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux",
                HOME));
        assertEquals(HOME.resolve(".local/share/fieldbook"), DataFolder.resolve(null, Map.of(), "Linux", HOME));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming").resolve("Fieldbook"),
                DataFolder.resolve(null, Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11", HOME));
        assertEquals(HOME.resolve("Library/Application Support/Fieldbook"),
                DataFolder.resolve(null, Map.of(), "Mac OS X", HOME));
    }
}
