package org.fieldbook.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldbook.app.AppContext;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.State;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SyncFeed;
import org.fieldbook.ui.common.SyncStatusText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync screen's logic on real data folders and a real team folder, without the toolkit. */
class SyncViewModelTest {
    private static final Instant NOON = Instant.parse("2026-11-23T12:05:00Z");

    @TempDir
    Path temp;

    final Messages messages = Messages.load(Locale.ENGLISH);
    final Formats formats = new Formats(Locale.US, ZoneOffset.UTC);
    final SyncFeed feed = new SyncFeed(Runnable::run);
    final DataRevision revision = new DataRevision();
    final List<Throwable> reported = new ArrayList<>();
    final List<String> announced = new ArrayList<>();
    TwoLaptops laptops;

    @AfterEach
    void close() {
        if (laptops != null) {
            laptops.close();
        }
    }

    SyncViewModel screenOn(AppContext laptop) {
        SyncStatusText text = new SyncStatusText(messages, formats, Clock.fixed(NOON, ZoneOffset.UTC));
        return new SyncViewModel(laptop.teamSync(), laptop.sync(), laptop::deviceName,
                new ReferenceNames(laptop.pipelines(), laptop.accounts(), laptop.contacts(), laptop.opportunities(),
                        messages), feed, BackgroundRunner.inline(), reported::add, messages, formats, text, revision,
                announced::add);
    }

    @Test
    void aConflictShowsBothValuesWithWhoMadeThemAndWhichIsShown() {
        laptops = new TwoLaptops(temp).shareADeal("Acme Tools", "Line upgrade")
                .renameOnBoth("Line upgrade (north)", "Line upgrade (south)");
        SyncViewModel vm = screenOn(laptops.bo);
        vm.shown();

        assertEquals(1, vm.shownConflicts().size());
        ConflictItem item = vm.shownConflicts().get(0);
        assertEquals("Opportunity “" + laptops.title(laptops.bo) + "”", item.heading());
        assertEquals("Title", item.what());
        assertEquals(List.of("Line upgrade (north)", "Line upgrade (south)"),
                item.sides().stream().map(ConflictItem.Side::text).sorted().toList());
        ConflictItem.Side anas = side(item, "Line upgrade (north)");
        assertTrue(anas.who().startsWith(TwoLaptops.ANA), anas.who());
        assertEquals("This computer", side(item, "Line upgrade (south)").who());
        assertEquals(formats.dateTime(anas.value().at()), anas.when());
        assertEquals(1, item.sides().stream().filter(ConflictItem.Side::shown).count());
        assertEquals(laptops.title(laptops.bo), item.sides().stream().filter(ConflictItem.Side::shown)
                .findFirst().orElseThrow().text(), "the side marked shown is the title the records show");
        assertEquals("1 conflict to review", vm.summaryProperty().get());

        vm.filterProperty().set("acme");
        assertEquals("0 of 1 conflicts", vm.summaryProperty().get(), "the search reads the conflicts");
        vm.filterProperty().set("SOUTH");
        assertEquals(1, vm.shownConflicts().size());
        assertTrue(reported.isEmpty(), reported.toString());
    }

    @Test
    void keepingOneValueSettlesTheConflictHereAndThenOnTheOtherLaptop() {
        laptops = new TwoLaptops(temp).shareADeal("Acme Tools", "Line upgrade")
                .renameOnBoth("Line upgrade (north)", "Line upgrade (south)");
        SyncViewModel vm = screenOn(laptops.bo);
        vm.shown();
        long before = revision.current();
        ConflictItem item = vm.shownConflicts().get(0);

        vm.keep(item, side(item, "Line upgrade (north)"));

        assertTrue(vm.shownConflicts().isEmpty());
        assertEquals("No conflicts", vm.summaryProperty().get());
        assertFalse(vm.resolvingProperty().get());
        assertNotEquals(before, revision.current(), "the other screens read the deal again");
        assertTrue(announced.get(announced.size() - 1).startsWith("Kept “Line upgrade (north)” as the Title of"),
                announced.toString());
        assertEquals("Line upgrade (north)", laptops.title(laptops.bo));
        assertEquals(1, laptops.ana.sync().conflictCount(), "Ana has not synced yet");

        TwoLaptops.sync(laptops.bo, laptops.ana);
        assertEquals(0, laptops.ana.sync().conflictCount());
        assertEquals("Line upgrade (north)", laptops.title(laptops.ana));
        assertTrue(reported.isEmpty(), reported.toString());
    }

    @Test
    void aDealDeletedWhileEditedCanBeRestoredWithTheEdit() {
        laptops = new TwoLaptops(temp).shareADeal("Acme Tools", "Line upgrade");
        laptops.ana.opportunities().delete(laptops.deal, laptops.ana.opportunities().edit(laptops.deal).versions());
        TwoLaptops.rename(laptops.bo, laptops.deal, "Line upgrade, 3 machines");
        TwoLaptops.sync(laptops.ana, laptops.bo, laptops.ana);
        SyncViewModel vm = screenOn(laptops.ana);
        vm.shown();

        ConflictItem item = vm.shownConflicts().get(0);
        assertTrue(item.deletedWhileEdited());
        assertEquals("Deleted on one computer while edited on another", item.what());
        List<String> sides = item.sides().stream().map(ConflictItem.Side::text).toList();
        assertTrue(sides.contains("Deleted"), sides.toString());
        assertTrue(sides.contains("Title: Line upgrade, 3 machines"), sides.toString());

        vm.settleDeleted(item, false);

        assertTrue(vm.shownConflicts().isEmpty());
        assertEquals("Line upgrade, 3 machines", laptops.title(laptops.ana));
        assertTrue(announced.get(announced.size() - 1).contains("is back"), announced.toString());
    }

    @Test
    void theScreenListsThisComputerAndTheTeammatesWithTheirLastChange() {
        laptops = new TwoLaptops(temp).shareADeal("Acme Tools", "Line upgrade");
        SyncViewModel vm = screenOn(laptops.bo);
        vm.shown();

        assertEquals(laptops.team.toAbsolutePath().toString(), vm.folderProperty().get());
        assertTrue(vm.hasFolderProperty().get());
        String me = vm.thisDeviceProperty().get();
        assertTrue(me.startsWith(TwoLaptops.BO), me);
        assertTrue(me.contains(laptops.bo.sync().deviceId().toString().substring(0, 8)), me);
        assertEquals(1, vm.peers().size());
        SyncViewModel.PeerRow ana = vm.peers().get(0);
        assertTrue(ana.name().startsWith(TwoLaptops.ANA), ana.name());
        assertEquals("No. " + laptops.ana.sync().lastOwnSeq(), ana.lastChange());
        assertFalse(ana.appliedAt().isEmpty());
    }

    @Test
    void theStateLinesFollowTheSyncStatus() {
        laptops = new TwoLaptops(temp);
        SyncViewModel vm = screenOn(laptops.ana);

        feed.accept(SyncStatus.notSetUp(4));
        assertEquals("Sync not set up", vm.stateProperty().get());
        assertEquals("Never", vm.lastSyncProperty().get());
        assertEquals("4 changes of yours have not reached the team yet", vm.pendingProperty().get());
        assertFalse(vm.hasProblemProperty().get());

        feed.accept(new SyncStatus(State.OFFLINE, NOON, 3, 0, 0, 0, null));
        assertEquals("Offline · 3 pending", vm.stateProperty().get());
        assertTrue(vm.hasProblemProperty().get());
        assertEquals(messages.get("sync.problem.offline"), vm.problemProperty().get());

        feed.accept(new SyncStatus(State.SYNCED, NOON, 0, 1, 2, 5, "seg-1-2.fbseg is not readable yet"));
        assertEquals("Synced at " + formats.time(NOON) + " · 2 conflicts", vm.stateProperty().get());
        assertEquals(formats.dateTime(NOON), vm.lastSyncProperty().get());
        assertEquals("None", vm.pendingProperty().get());
        assertEquals("1 received change waits for an earlier one", vm.waitingProperty().get());
        assertEquals("seg-1-2.fbseg is not readable yet", vm.problemProperty().get());

        feed.accept(new SyncStatus(State.SYNCING, NOON, 0, 0, 0, 0, null));
        assertTrue(vm.syncingProperty().get(), "Sync now waits while syncing");
        assertEquals("None", vm.problemProperty().get());

        feed.accept(new SyncStatus(State.NEEDS_PASSPHRASE, NOON, 0, 0, 0, 0, "encrypted"));
        assertTrue(vm.needsPassphraseProperty().get());
        assertEquals(messages.get("sync.passphrase.needed"), vm.passphraseHintProperty().get());
        assertEquals(messages.get("sync.passphrase.needed"), vm.problemProperty().get());
    }

    @Test
    void aPassphraseTypedBeforeChoosingTheFolderEncryptsItAndIsNotKeptInTheField() throws Exception {
        laptops = new TwoLaptops(temp);
        Path encrypted = Files.createDirectories(temp.resolve("encrypted"));
        SyncViewModel vm = screenOn(laptops.ana);
        vm.passphraseProperty().set("correct horse");

        vm.chooseFolder(encrypted);

        assertEquals(encrypted.toAbsolutePath().toString(), vm.folderProperty().get());
        assertEquals("", vm.passphraseProperty().get(), "the field forgets it once the sync holds it");
        assertTrue(vm.passphraseGivenProperty().get());
        assertEquals(messages.get("sync.passphrase.held"), vm.passphraseHintProperty().get());
        assertEquals(State.SYNCED, laptops.ana.teamSync().exchangeNow().state());
        String team = Files.readString(encrypted.resolve("Fieldbook/v1/team.json"));
        assertTrue(team.contains("\"encryption\""), team);
        assertFalse(team.contains("correct horse"));

        SyncViewModel onBo = screenOn(laptops.bo);
        onBo.chooseFolder(encrypted);
        feed.accept(laptops.bo.teamSync().exchangeNow());
        assertTrue(onBo.needsPassphraseProperty().get(), "Bo has no passphrase yet");
        onBo.passphraseProperty().set("correct horse");
        onBo.unlock();
        assertEquals("", onBo.passphraseProperty().get());
        assertEquals(State.SYNCED, laptops.bo.teamSync().exchangeNow().state());
        assertTrue(reported.isEmpty(), reported.toString());
    }

    private static ConflictItem.Side side(ConflictItem item, String text) {
        return item.sides().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
    }
}
