package org.fieldbook.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.sync.SyncStatus;

/** The sync state in words, as the status bar and the Sync screen say it: "Synced at 14:05 · 2 conflicts". */
public final class SyncStatusText {
    private static final String SEPARATOR = " · ";

    private final Messages messages;
    private final Formats formats;
    private final Clock clock;

    public SyncStatusText(Messages messages, Formats formats, Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** The state, then what is pending and how many conflicts wait, when there are any. */
    public String line(SyncStatus status) {
        List<String> parts = new ArrayList<>();
        parts.add(state(status));
        if (status.state() != SyncStatus.State.NOT_SET_UP) {
            if (status.pending() > 0) {
                parts.add(messages.get("sync.status.pending", status.pending()));
            }
            if (status.conflicts() > 0) {
                parts.add(messages.get("sync.status.conflicts", status.conflicts()));
            }
        }
        return String.join(SEPARATOR, parts);
    }

    /** The state alone: "Offline", "Syncing…", "Synced at 14:05"... */
    public String state(SyncStatus status) {
        return switch (status.state()) {
            case NOT_SET_UP -> messages.get("sync.status.notSetUp");
            case OFFLINE -> offline(status.retryAt());
            case SYNCING -> messages.get("sync.status.syncing");
            case SYNCED -> messages.get("sync.status.synced", when(status.lastSyncedAt()));
            case NEEDS_PASSPHRASE -> messages.get("sync.status.needsPassphrase");
            case NEEDS_PASSWORD -> messages.get("sync.status.needsPassword");
            case FAILED -> messages.get("sync.status.failed");
        };
    }

    /** "Offline — retrying in 20 s", counted down by the clock each time the line is asked for again. */
    private String offline(Instant retryAt) {
        if (retryAt == null) {
            return messages.get("sync.status.offline");
        }
        long seconds = Math.max(0, (java.time.Duration.between(clock.instant(), retryAt).toMillis() + 999) / 1000);
        if (seconds == 0) {
            return messages.get("sync.status.offlineRetryingNow");
        }
        return seconds < 120 ? messages.get("sync.status.offlineRetrySeconds", seconds)
                : messages.get("sync.status.offlineRetryMinutes", (seconds + 59) / 60);
    }

    /** A time of today as "14:05"; an earlier day with its date. */
    public String when(Instant moment) {
        if (moment == null) {
            return messages.get("sync.never");
        }
        return formats.sameDay(moment, clock.instant()) ? formats.time(moment) : formats.dateTime(moment);
    }
}
