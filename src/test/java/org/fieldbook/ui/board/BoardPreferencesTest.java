package org.fieldbook.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardPreferencesTest {
    @TempDir
    Path dataFolder;

    @Test
    void eachPipelineKeepsItsOwnFilterAcrossRestarts() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        BoardPreferences preferences = BoardPreferences.load(dataFolder);
        BoardFilter filter = new BoardFilter(true, " fork ", LocalDate.of(2027, 1, 1), null, new BigDecimal("1000"));
        preferences.filter(first, filter);
        preferences.pipeline(second);

        BoardPreferences again = BoardPreferences.load(dataFolder);
        assertEquals(Optional.of(second), again.pipeline());
        assertEquals(filter, again.filterOf(first));
        assertEquals("fork", again.filterOf(first).text());
        assertTrue(again.filterOf(second).isEmpty());
    }

    @Test
    void aBrokenFileMeansNoFilter() throws Exception {
        UUID pipeline = UUID.randomUUID();
        Files.writeString(dataFolder.resolve(BoardPreferences.FILE_NAME), "pipeline=not-a-uuid\nfilter." + pipeline
                + ".closeFrom=yesterday\nfilter." + pipeline + ".minAmount=lots\n");
        BoardPreferences broken = BoardPreferences.load(dataFolder);
        assertEquals(Optional.empty(), broken.pipeline());
        assertEquals(BoardFilter.NONE, broken.filterOf(pipeline));
    }
}
