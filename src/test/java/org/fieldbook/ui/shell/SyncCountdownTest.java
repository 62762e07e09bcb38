package org.fieldbook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

/** While offline the status bar counts down to the next try, by a clock the test moves. */
class SyncCountdownTest {
    private static final Instant NOON = Instant.parse("2026-11-23T12:05:00Z");

    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = NOON;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();
    final SyncFeed feed = new SyncFeed(Runnable::run);

    SyncIndicator indicator(Locale locale) {
        Messages messages = Messages.load(locale);
        return new SyncIndicator(feed, new SyncStatusText(messages, new Formats(locale, ZoneOffset.UTC), clock),
                new DataRevision(), new Navigator() {
                    @Override
                    public void show(Section section) {
                    }

                    @Override
                    public void showRecord(Section section, java.util.UUID id) {
                    }
                }, text -> { }, messages, () -> { });
    }

    private static SyncStatus offlineUntil(Instant retryAt) {
        return new SyncStatus(State.OFFLINE, null, 2, 0, 0, 0, "gone", "UNREACHABLE", retryAt);
    }

    @Test
    void theLineCountsDownTheSecondsToTheNextTry() {
        SyncIndicator indicator = indicator(Locale.ENGLISH);
        feed.accept(offlineUntil(NOON.plusSeconds(20)));
        assertTrue(indicator.countingDownProperty().get());
        assertEquals("Offline — retrying in 20 s · 2 pending", indicator.lineProperty().get());
        clock.now = NOON.plus(Duration.ofMillis(5_500));
        indicator.tick();
        assertEquals("Offline — retrying in 15 s · 2 pending", indicator.lineProperty().get());
        clock.now = NOON.plusSeconds(20);
        indicator.tick();
        assertEquals("Offline — retrying now · 2 pending", indicator.lineProperty().get());
    }

    @Test
    void longWaitsAreInMinutesAndTheCountStopsOnceSynced() {
        SyncIndicator indicator = indicator(Locale.ENGLISH);
        feed.accept(offlineUntil(NOON.plusSeconds(300)));
        assertEquals("Offline — retrying in 5 min · 2 pending", indicator.lineProperty().get());
        feed.accept(new SyncStatus(State.SYNCED, NOON, 0, 0, 0, 0, null));
        assertFalse(indicator.countingDownProperty().get());
        assertEquals("Synced at 12:05 PM", indicator.lineProperty().get());
    }

    @Test
    void theCountdownSpeaksChinese() {
        SyncIndicator simplified = indicator(Locale.SIMPLIFIED_CHINESE);
        feed.accept(offlineUntil(NOON.plusSeconds(20)));
        assertTrue(simplified.lineProperty().get().startsWith("离线 — 20 秒后重试"), simplified.lineProperty().get());
        SyncIndicator traditional = indicator(Locale.TRADITIONAL_CHINESE);
        feed.accept(offlineUntil(NOON.plusSeconds(20)));
        assertTrue(traditional.lineProperty().get().startsWith("離線 — 20 秒後重試"), traditional.lineProperty().get());
    }
}
