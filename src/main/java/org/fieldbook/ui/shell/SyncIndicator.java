package org.fieldbook.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Navigator;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.common.SyncFeed;
import org.fieldbook.ui.common.SyncStatusText;

/**
 * The status bar's sync indicator: the team sync's state in one line, a click away from the Sync screen. When an
 * exchange brings teammates' changes, it marks the data changed so the open screen reads its rows again.
 */
public final class SyncIndicator {
    private final SyncStatusText text;
    private final DataRevision revision;
    private final Navigator navigator;
    private final Announcer announcer;
    private final Messages messages;
    private final Runnable syncNow;

    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<SyncStatus.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasConflicts = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper arrivals = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper countingDown = new ReadOnlyBooleanWrapper();
    private SyncStatus last;

    public SyncIndicator(SyncFeed feed, SyncStatusText text, DataRevision revision, Navigator navigator,
                         Announcer announcer, Messages messages, Runnable syncNow) {
        this.text = text;
        this.revision = revision;
        this.navigator = navigator;
        this.announcer = announcer;
        this.messages = messages;
        this.syncNow = syncNow;
        feed.statusProperty().addListener((obs, old, status) -> update(status));
        update(feed.statusProperty().get());
    }

    private void update(SyncStatus status) {
        last = status;
        line.set(text.line(status));
        countingDown.set(status.state() == SyncStatus.State.OFFLINE && status.retryAt() != null);
        state.set(status.state());
        hasConflicts.set(status.conflicts() > 0);
        if (status.pulled() > 0) {
            revision.changed();
            announcer.announce(messages.get("sync.arrived", status.pulled()));
            arrivals.set(arrivals.get() + 1);
        }
    }

    /** Says the line again by the clock: while offline, "retrying in N s" counts down (the bar calls it each second). */
    public void tick() {
        if (countingDown.get()) {
            line.set(text.line(last));
        }
    }

    /** Whether the line counts down to the next try, so the bar knows to {@link #tick()}. */
    public ReadOnlyBooleanProperty countingDownProperty() {
        return countingDown.getReadOnlyProperty();
    }

    /** Shows the Sync screen. */
    public void open() {
        navigator.show(Section.SYNC);
    }

    /** Syncs at once, on the sync's own thread. */
    public void syncNow() {
        syncNow.run();
    }

    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncStatus.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasConflictsProperty() {
        return hasConflicts.getReadOnlyProperty();
    }

    /** Counts the exchanges that brought changes; the window reads the open screen again on each. */
    public ReadOnlyLongProperty arrivalsProperty() {
        return arrivals.getReadOnlyProperty();
    }
}
