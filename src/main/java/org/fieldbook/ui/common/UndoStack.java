package org.fieldbook.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The last changes the user made, newest on top; Ctrl+Z takes back the newest. */
public final class UndoStack {
    static final int KEPT = 20;

    private final Deque<UndoableChange> changes = new ArrayDeque<>();
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final DataRevision revision;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper nextUndo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undoing = new ReadOnlyBooleanWrapper();

    public UndoStack(BackgroundRunner runner, ErrorReporter errors, DataRevision revision) {
        this.runner = runner;
        this.errors = errors;
        this.revision = revision;
    }

    public void push(UndoableChange change) {
        changes.push(change);
        while (changes.size() > KEPT) {
            changes.removeLast();
        }
        update();
    }

    /** Takes back the newest change in the background; {@code done} gets its description once it is undone. */
    public void undo(java.util.function.Consumer<String> done) {
        if (changes.isEmpty() || undoing.get()) {
            return;
        }
        UndoableChange change = changes.pop();
        undoing.set(true);
        update();
        runner.run(() -> {
            change.undo();
            return change.description();
        }, description -> {
            undoing.set(false);
            update();
            revision.changed();
            done.accept(description);
        }, failure -> {
            undoing.set(false);
            update();
            revision.changed();
            errors.report(failure);
        });
    }

    private void update() {
        canUndo.set(!changes.isEmpty() && !undoing.get());
        nextUndo.set(changes.isEmpty() ? "" : changes.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** The description of the change Ctrl+Z would take back, or empty. */
    public ReadOnlyStringProperty nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    public int size() {
        return changes.size();
    }
}
