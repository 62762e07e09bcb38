package org.fieldbook.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fieldbook.sync.SyncStatus;

/**
 * The team sync's latest status, on the FX thread. The sync reports from its own thread; this hands each report
 * to the FX thread, where the status bar and the Sync screen follow it.
 */
public final class SyncFeed implements Consumer<SyncStatus> {
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>(SyncStatus.notSetUp(0));

    /** {@code fxThread} is {@code Platform::runLater} in the window, {@code Runnable::run} in tests. */
    public SyncFeed(Executor fxThread) {
        this.fxThread = fxThread;
    }

    /** Called on the sync thread. */
    @Override
    public void accept(SyncStatus newStatus) {
        fxThread.execute(() -> status.set(newStatus));
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
