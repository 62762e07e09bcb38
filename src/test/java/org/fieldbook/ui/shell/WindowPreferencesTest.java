package org.fieldbook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.ui.common.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPreferencesTest {
    @TempDir
    Path dataFolder;

    @Test
    void theWindowIsRememberedInTheDataFolder() {
        WindowPreferences saved = WindowPreferences.load(dataFolder);
        saved.xProperty().set(40);
        saved.yProperty().set(30);
        saved.widthProperty().set(1000);
        saved.heightProperty().set(700);
        saved.maximizedProperty().set(true);
        saved.darkProperty().set(true);
        saved.sectionProperty().set(Section.OPPORTUNITIES);
        saved.save(dataFolder);

        WindowPreferences read = WindowPreferences.load(dataFolder);
        assertEquals(40, read.xProperty().get());
        assertEquals(30, read.yProperty().get());
        assertEquals(1000, read.widthProperty().get());
        assertEquals(700, read.heightProperty().get());
        assertTrue(read.maximizedProperty().get());
        assertTrue(read.darkProperty().get());
        assertEquals(Section.OPPORTUNITIES, read.sectionProperty().get());
    }

    @Test
    void aMissingOrBrokenFileMeansTheDefaults() throws Exception {
        WindowPreferences none = WindowPreferences.load(dataFolder);
        assertFalse(none.darkProperty().get());
        assertEquals(Section.BOARD, none.sectionProperty().get(), "the board is the first screen");

        Files.writeString(dataFolder.resolve("ui.properties"),
                "window.width=wide\nwindow.height=-5\nsection=NO_SUCH_SCREEN\ntheme=purple\n");
        WindowPreferences broken = WindowPreferences.load(dataFolder);
        assertEquals(WindowPreferences.DEFAULT_WIDTH, broken.widthProperty().get());
        assertEquals(420, broken.heightProperty().get(), "never smaller than a usable window");
        assertEquals(Section.BOARD, broken.sectionProperty().get());
        assertFalse(broken.darkProperty().get());
    }
}
