package org.fieldbook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.SyncStatus.State;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Navigator;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.common.SyncFeed;
import org.fieldbook.ui.common.SyncStatusText;
import org.junit.jupiter.api.Test;

/** The status bar's sync line, and what happens when teammates' changes arrive. */
class SyncIndicatorTest {
    private static final Instant NOON = Instant.parse("2026-11-23T12:05:00Z");

    final Messages messages = Messages.load(Locale.ENGLISH);
    final Formats formats = new Formats(Locale.US, ZoneOffset.UTC);
    final SyncFeed feed = new SyncFeed(Runnable::run);
    final DataRevision revision = new DataRevision();
    final List<String> announced = new ArrayList<>();
    final List<Section> shown = new ArrayList<>();
    int syncs;

    final SyncIndicator indicator = new SyncIndicator(feed,
            new SyncStatusText(messages, formats, Clock.fixed(NOON.plusSeconds(3600), ZoneOffset.UTC)), revision,
            new Navigator() {
                @Override
                public void show(Section section) {
                    shown.add(section);
                }

                @Override
                public void showRecord(Section section, java.util.UUID id) {
                    throw new AssertionError("not expected");
                }
            }, announced::add, messages, () -> syncs++);

    @Test
    void theLineSaysTheStateWhatIsPendingAndHowManyConflictsWait() {
        assertEquals("Sync not set up", indicator.lineProperty().get());
        feed.accept(new SyncStatus(State.SYNCING, null, 2, 0, 0, 0, null));
        assertEquals("Syncing… · 2 pending", indicator.lineProperty().get());
        feed.accept(new SyncStatus(State.SYNCED, NOON, 0, 0, 3, 0, null));
        assertEquals("Synced at 12:05 PM · 3 conflicts", indicator.lineProperty().get());
        assertTrue(indicator.hasConflictsProperty().get());
        feed.accept(new SyncStatus(State.OFFLINE, NOON, 1, 0, 0, 0, null));
        assertEquals("Offline · 1 pending", indicator.lineProperty().get());
        assertFalse(indicator.hasConflictsProperty().get());
        feed.accept(new SyncStatus(State.SYNCED, NOON.minusSeconds(2 * 86_400), 0, 0, 0, 0, null));
        assertEquals("Synced at " + formats.dateTime(NOON.minusSeconds(2 * 86_400)), indicator.lineProperty().get(),
                "a sync of an earlier day says the day");
        feed.accept(new SyncStatus(State.NEEDS_PASSPHRASE, NOON, 0, 0, 0, 0, null));
        assertEquals("Team passphrase needed", indicator.lineProperty().get());
        assertEquals(State.NEEDS_PASSPHRASE, indicator.stateProperty().get());
    }

    @Test
    void changesFromTheTeamMarkTheDataChangedAndSaySo() {
        long before = revision.current();
        feed.accept(new SyncStatus(State.SYNCED, NOON, 0, 0, 0, 0, null));
        assertEquals(before, revision.current(), "an exchange that brought nothing changes nothing");
        assertEquals(0, indicator.arrivalsProperty().get());

        feed.accept(new SyncStatus(State.SYNCED, NOON, 0, 0, 0, 7, null));
        assertEquals(before + 1, revision.current());
        assertEquals(1, indicator.arrivalsProperty().get());
        assertEquals(List.of("7 changes arrived from your team"), announced);
    }

    @Test
    void aClickOpensTheSyncScreenAndF5SyncsNow() {
        indicator.open();
        assertEquals(List.of(Section.SYNC), shown);
        indicator.syncNow();
        assertEquals(1, syncs);
    }

    @Test
    void theSyncScreenIsTheFifthAndMakesNoRecords() {
        assertEquals(4, Section.SYNC.ordinal(), "after the board, accounts, contacts and opportunities: Ctrl+5");
        assertEquals(null, Section.SYNC.newRecordKey());
        assertEquals(Section.SYNC, Section.named("sync"), "remembered as the last screen by name");
    }
}
