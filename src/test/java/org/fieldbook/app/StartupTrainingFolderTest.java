package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer's training start must open the main window on demo data, not the first-run questions. */
class StartupTrainingFolderTest {
    @TempDir
    Path temp;

    @Test
    void theTrainingFolderHasAProfileAndDemoDeals() {
        Path folder = temp.resolve("training");
        StartupTrainingFolder.make(folder);
        try (AppContext context = AppContext.open(folder)) {
            assertTrue(context.profile().profile().isPresent(), "no profile: the window would ask its questions");
            assertEquals(StartupTrainingFolder.OPPORTUNITIES,
                    context.stats().liveCounts().get("opportunity").intValue());
        }
    }
}
