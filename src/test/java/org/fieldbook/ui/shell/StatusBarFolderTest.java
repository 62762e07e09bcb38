package org.fieldbook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The status bar names the data folder as short as it is still plain: {@code ~} for the home folder. */
class StatusBarFolderTest {
    @Test
    void aFolderUnderTheHomeFolderStartsWithTilde() {
        assertEquals("~/.local/share/fieldbook",
                MainWindow.shortened(Path.of("/home/ana/.local/share/fieldbook"), "/home/ana", "Linux"));
        assertEquals("~/Library/Application Support/Fieldbook", MainWindow.shortened(
                Path.of("/Users/ana/Library/Application Support/Fieldbook"), "/Users/ana/", "Mac OS X"));
    }

    @Test
    void otherFoldersAndWindowsKeepTheWholePath() {
        assertEquals("/srv/team/fieldbook", MainWindow.shortened(Path.of("/srv/team/fieldbook"), "/home/ana", "Linux"));
        assertEquals("/home/anabel/fieldbook",
                MainWindow.shortened(Path.of("/home/anabel/fieldbook"), "/home/ana", "Linux"), "not a prefix by name");
        assertEquals("/home/ana", MainWindow.shortened(Path.of("/home/ana"), "/home/ana", "Linux"));
        assertEquals(Path.of("/home/ana/fieldbook").toAbsolutePath().toString(),
                MainWindow.shortened(Path.of("/home/ana/fieldbook"), "/home/ana", "Windows 11"));
    }
}
