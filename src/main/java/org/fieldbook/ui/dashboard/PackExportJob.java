package org.fieldbook.ui.dashboard;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fieldbook.report.ExportFormat;
import org.fieldbook.report.ExportProgress;
import org.fieldbook.report.MeetingExport;
import org.fieldbook.report.MeetingPack;
import org.fieldbook.report.ReportException;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Messages;

/**
 * One meeting pack export in the background: its progress, a status line, and cancel. The file is written
 * under a temporary name and renamed at the end, so a cancelled or failed export leaves nothing behind.
 */
final class PackExportJob {
    private final BackgroundRunner runner;
    private final Messages messages;
    private final MeetingExport export = new MeetingExport();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    PackExportJob(BackgroundRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
    }

    /** Starts the export; {@code finished} is told on the FX thread whether a file was written. */
    void start(ExportFormat format, MeetingPack pack, Path target, Consumer<Boolean> finished) {
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        running.set(true);
        progress.set(0);
        status.set(messages.get("export.pack.progress", 0, pack.charts().size()));
        ExportProgress told = new ExportProgress() {
            @Override
            public void done(int parts, int of) {
                Platform.runLater(() -> {
                    if (!mine.get()) {
                        progress.set((double) parts / of);
                        status.set(messages.get("export.pack.progress", parts, of));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return mine.get();
            }
        };
        runner.run(() -> {
            export.write(format, pack, target, 2, false, told);
            return target;
        }, written -> {
            running.set(false);
            progress.set(1);
            status.set(messages.get("export.saved", written));
            finished.accept(true);
        }, failure -> {
            running.set(false);
            progress.set(0);
            status.set(failure instanceof CancellationException ? messages.get("export.pack.cancelled")
                    : failure instanceof ReportException report ? messages.get(report.key(), report.arguments())
                    : messages.get("export.failed", failure.getMessage()));
            finished.accept(false);
        });
    }

    void cancel() {
        cancelled.set(true);
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
