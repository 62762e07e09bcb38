package org.fieldbook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.time.Duration;
import org.fieldbook.service.demo.DemoDataService;
import org.fieldbook.service.demo.DemoReport;
import org.fieldbook.store.FileCompaction;
import org.fieldbook.ui.common.Fixture;
import org.fieldbook.ui.common.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
    @TempDir
    Path dataFolder;

    private static MainWindowViewModel shell(Fixture fx, WindowPreferences preferences, DemoLoader demo) {
        return new MainWindowViewModel(preferences, demo, fx.runner, fx.errors, fx.messages, fx.formats, fx.revision,
                Runnable::run);
    }

    private static MainWindowViewModel shell(Fixture fx, WindowPreferences preferences) {
        return shell(fx, preferences, (options, progress, cancelled) -> {
            throw new AssertionError("not expected");
        });
    }

    @Test
    void aCancelledLoadKeepsWhatWasLoadedAndSaysSo() {
        try (Fixture fx = Fixture.withProfile(dataFolder)) {
            MainWindowViewModel vm = shell(fx, WindowPreferences.load(dataFolder), (options, report, cancelled) -> {
                throw new java.util.concurrent.CancellationException();
            });
            vm.loadDemoData();
            assertFalse(vm.loadingDemoProperty().get());
            assertTrue(fx.reported.isEmpty(), "cancelling is not an error");
            assertEquals(fx.messages.get("status.demo.cancelled"), vm.announcementProperty().get());
        }
    }

    @Test
    void showingARecordSwitchesTheScreenAndAsksItToRevealTheRecord() {
        try (Fixture fx = Fixture.withProfile(dataFolder)) {
            WindowPreferences preferences = WindowPreferences.load(dataFolder);
            MainWindowViewModel vm = shell(fx, preferences);
            UUID id = UUID.randomUUID();
            vm.showRecord(Section.CONTACTS, id);
            assertEquals(Section.CONTACTS, preferences.sectionProperty().get(), "remembered as the last screen");
            assertEquals(new MainWindowViewModel.Reveal(Section.CONTACTS, id, false), vm.revealProperty().get());
        }
    }

    @Test
    void demoDataLoadsInTheBackgroundWithProgressAndTellsTheScreens() {
        try (Fixture fx = Fixture.withProfile(dataFolder)) {
            List<String> languages = new ArrayList<>();
            MainWindowViewModel vm = shell(fx, WindowPreferences.load(dataFolder), (options, report, cancelled) -> {
                languages.add(options.locale().getLanguage());
                report.accept(0.5);
                report.accept(1.0);
                return new DemoReport(3, 40, 120, 300, 900, 200, 500, 60, 21, 140, 90, Duration.ofSeconds(2),
                        new FileCompaction(FileCompaction.Outcome.NOT_NEEDED, 0, 0, Duration.ZERO));
            });
            List<Double> progress = new ArrayList<>();
            vm.demoProgressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            long before = fx.revision.current();
            vm.loadDemoData();
            assertTrue(fx.reported.isEmpty(), () -> "failed: " + fx.reported);
            assertFalse(vm.loadingDemoProperty().get());
            assertEquals(1.0, vm.demoProgressProperty().get());
            assertTrue(fx.revision.current() > before, "screens read their rows again");
            assertEquals(List.of(0.5, 1.0), progress);
            assertEquals(List.of("en"), languages, "demo names in the window's language");
            assertEquals("Demo data loaded: 40 accounts, 120 contacts, 300 opportunities",
                    vm.announcementProperty().get());
        }
    }

    @Test
    void whileTheFileIsCompactedAfterTheLoadTheStatusSaysSoAndCancelIsOff() {
        try (Fixture fx = Fixture.withProfile(dataFolder)) {
            List<String> seen = new ArrayList<>();
            MainWindowViewModel[] shell = new MainWindowViewModel[1];
            shell[0] = shell(fx, WindowPreferences.load(dataFolder), (options, report, cancelled) -> {
                report.accept(0.5);
                seen.add(shell[0].demoCancellable().get() + " " + shell[0].announcementProperty().get());
                report.accept(DemoDataService.COMPACTING);
                seen.add(shell[0].demoCancellable().get() + " " + shell[0].announcementProperty().get());
                report.accept(1.0);
                return new DemoReport(3, 40, 120, 300, 900, 200, 500, 60, 21, 140, 90, Duration.ofSeconds(2),
                        new FileCompaction(FileCompaction.Outcome.COMPACTED, 300 << 20, 60 << 20,
                                Duration.ofSeconds(1)));
            });
            shell[0].loadDemoData();

            assertEquals(List.of("true " + fx.messages.get("status.demo.loading"),
                    "false " + fx.messages.get("status.demo.compacting")), seen);
            assertFalse(shell[0].demoCancellable().get(), "nothing to cancel once loaded");
            assertEquals("Demo data loaded: 40 accounts, 120 contacts, 300 opportunities",
                    shell[0].announcementProperty().get());
        }
    }
}
