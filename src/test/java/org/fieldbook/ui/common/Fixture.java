package org.fieldbook.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldbook.app.AppContext;

/** What a view model needs, without the toolkit: real services on a fresh data folder, run inline. */
public final class Fixture implements AutoCloseable {
    public final AppContext context;
    public final BackgroundRunner runner = BackgroundRunner.inline();
    public final List<Throwable> reported = new ArrayList<>();
    public final ErrorReporter errors = reported::add;
    public final Messages messages = Messages.load(Locale.ENGLISH);
    public final Formats formats = new Formats(Locale.US);
    public final DataRevision revision = new DataRevision();
    public final UndoStack undo = new UndoStack(runner, errors, revision);
    public final List<String> announced = new ArrayList<>();
    public final Announcer announcer = announced::add;

    public Fixture(Path dataFolder) {
        context = AppContext.open(dataFolder);
    }

    /** With the first-run questions answered: "Ada Lovelace", EUR. */
    public static Fixture withProfile(Path dataFolder) {
        Fixture fixture = new Fixture(dataFolder);
        fixture.context.profile().setUp("Ada Lovelace", "EUR");
        return fixture;
    }

    public void undoLast() {
        undo.undo(description -> announced.add(description));
    }

    @Override
    public void close() {
        context.close();
    }
}
