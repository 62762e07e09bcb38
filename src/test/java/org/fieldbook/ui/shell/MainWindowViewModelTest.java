package org.fieldbook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldbook.ui.common.Fixture;
import org.fieldbook.ui.common.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
    @TempDir
    Path dataFolder;

    private static MainWindowViewModel shell(Fixture fx, WindowPreferences preferences) {
        return new MainWindowViewModel(preferences, fx.context.demoData(), fx.runner, fx.errors, fx.messages,
                fx.formats, fx.revision, Runnable::run);
    }

    @Test
    void showingARecordSwitchesTheScreenAndAsksItToRevealTheRecord() {
        try (Fixture fx = Fixture.withProfile(dataFolder)) {
            WindowPreferences preferences = WindowPreferences.load(dataFolder);
            MainWindowViewModel vm = shell(fx, preferences);
            UUID id = UUID.randomUUID();
            vm.showRecord(Section.CONTACTS, id);
            assertEquals(Section.CONTACTS, preferences.sectionProperty().get(), "remembered as the last screen");
            assertEquals(new MainWindowViewModel.Reveal(Section.CONTACTS, id), vm.revealProperty().get());
        }
    }

    @Test
    void demoDataLoadsInTheBackgroundWithProgressAndTellsTheScreens() {
        try (Fixture fx = Fixture.withProfile(dataFolder)) {
            MainWindowViewModel vm = shell(fx, WindowPreferences.load(dataFolder));
            List<Double> progress = new ArrayList<>();
            vm.demoProgressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            long before = fx.revision.current();
            vm.loadDemoData();
            assertTrue(fx.reported.isEmpty(), () -> "failed: " + fx.reported);
            assertFalse(vm.loadingDemoProperty().get());
            assertEquals(1.0, vm.demoProgressProperty().get());
            assertTrue(fx.revision.current() > before, "screens read their rows again");
            assertTrue(fx.context.stats().liveCounts().get("opportunity") > 0);
            assertTrue(vm.announcementProperty().get().startsWith("Demo data loaded"));
        }
    }
}
