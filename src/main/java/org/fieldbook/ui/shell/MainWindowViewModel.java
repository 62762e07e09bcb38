package org.fieldbook.ui.shell;

import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fieldbook.service.demo.DemoOptions;
import org.fieldbook.service.demo.DemoReport;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Navigator;
import org.fieldbook.ui.common.Section;

/** The main window's state: which screen is shown, the passing status message, and the demo-data load. */
public final class MainWindowViewModel implements Navigator, Announcer {
    private final WindowPreferences preferences;
    private final DemoLoader demoData;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Formats formats;
    private final DataRevision revision;
    private final Executor fxThread;

    private final ReadOnlyStringWrapper announcement = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loadingDemo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper demoProgress = new ReadOnlyDoubleWrapper();
    private final BooleanBinding demoCancellable = loadingDemo.and(demoProgress.greaterThanOrEqualTo(0));
    private AtomicBoolean demoCancelled = new AtomicBoolean();

    /** A request to show one record of a screen. */
    public record Reveal(Section section, UUID id, boolean open) {
    }

    public MainWindowViewModel(WindowPreferences preferences, DemoLoader demoData, BackgroundRunner runner,
                               ErrorReporter errors, Messages messages, Formats formats, DataRevision revision,
                               Executor fxThread) {
        this.preferences = preferences;
        this.demoData = demoData;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.revision = revision;
        this.fxThread = fxThread;
    }

    @Override
    public void show(Section section) {
        preferences.sectionProperty().set(section);
    }

    @Override
    public void showRecord(Section section, UUID id) {
        show(section);
        reveal.set(null); // the same record asked for twice is still a request
        reveal.set(new Reveal(section, id, false));
    }

    @Override
    public void openRecord(Section section, UUID id) {
        show(section);
        reveal.set(null);
        reveal.set(new Reveal(section, id, true));
    }

    @Override
    public void announce(String message) {
        announcement.set(message);
    }

    /** Adds the demo data set in the background, reporting progress; the screens read it when done. */
    public void loadDemoData() {
        if (loadingDemo.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        demoCancelled = cancelled;
        loadingDemo.set(true);
        demoProgress.set(0);
        announce(messages.get("status.demo.loading"));
        DemoOptions options = DemoOptions.defaults(messages.locale());
        runner.run(() -> demoData.load(options, fraction -> fxThread.execute(() -> demoProgressed(fraction)),
                cancelled::get), this::demoLoaded, failure -> {
                    loadingDemo.set(false);
                    revision.changed();
                    if (failure instanceof CancellationException) {
                        announce(messages.get("status.demo.cancelled"));
                    } else {
                        announce("");
                        errors.report(failure);
                    }
                });
    }

    /** A negative fraction: the rows are in and the database file is being compacted, which cannot be cancelled. */
    private void demoProgressed(double fraction) {
        if (fraction < 0 && demoProgress.get() >= 0) {
            announce(messages.get("status.demo.compacting"));
        }
        demoProgress.set(fraction);
    }

    /** True while the load can still be stopped: not once the rows are in and the file is being compacted. */
    public BooleanBinding demoCancellable() {
        return demoCancellable;
    }

    private void demoLoaded(DemoReport report) {
        loadingDemo.set(false);
        demoProgress.set(1);
        revision.changed();
        announce(messages.get("status.demo.loaded", formats.integer(report.accounts()),
                formats.integer(report.contacts()), formats.integer(report.opportunities())));
    }

    public void cancelDemoData() {
        demoCancelled.set(true);
    }

    public ObjectProperty<Section> sectionProperty() {
        return preferences.sectionProperty();
    }

    public ReadOnlyStringProperty announcementProperty() {
        return announcement.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingDemoProperty() {
        return loadingDemo.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty demoProgressProperty() {
        return demoProgress.getReadOnlyProperty();
    }

    public WindowPreferences preferences() {
        return preferences;
    }
}
