package org.fieldbook.ui.common;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.fieldbook.domain.Editing;

/**
 * The save of a record's form: a new record is created, an edited one updated from the versions it was read
 * at. Ctrl+Z takes either back; the other screens read their rows again and the status bar says what was saved.
 *
 * @param <T> the record, e.g. {@code Account}
 */
public final class UndoableSave<T> {
    /**
     * How one kind of record is stored through its service, and a save of it taken back; all but {@code name}
     * run off the FX thread. {@code undoCreate} sends a new record to the trash again; {@code undoEdit} writes
     * the values from before an edit (its first argument) over those the edit saved (its second).
     */
    public record Records<T>(UnaryOperator<T> create, BiFunction<Editing<T>, T, T> update, Consumer<T> undoCreate,
                             BiConsumer<T, T> undoEdit, Function<T, String> name) {
    }

    /**
     * The message keys, each with the record's name: e.g. "undo.createAccount", "undo.editAccount" and
     * "status.savedAccount".
     */
    public record Wording(String undoCreate, String undoEdit, String saved) {
    }

    private final FormState form;
    private final Records<T> records;
    private final Wording wording;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;

    public UndoableSave(FormState form, Records<T> records, Wording wording, Messages messages, UndoStack undo,
                        DataRevision revision, Announcer announcer) {
        this.form = form;
        this.records = records;
        this.wording = wording;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
    }

    /**
     * Saves the record the form describes when the form is valid and calls {@code saved} with the stored record;
     * returns false (saving nothing) while something is wrong. {@code started} is the edit the form was filled
     * from, or null for a new record; {@code edited} is asked for the record only when it can be saved.
     */
    public boolean save(Editing<T> started, Supplier<T> edited, Consumer<? super T> saved) {
        if (!form.canSave()) {
            return false;
        }
        T record = edited.get();
        form.save(() -> started == null ? records.create().apply(record) : records.update().apply(started, record),
                stored -> {
                    String name = records.name().apply(stored);
                    undo.push(started == null
                            ? UndoableChange.of(messages.get(wording.undoCreate(), name),
                                    () -> records.undoCreate().accept(stored))
                            : UndoableChange.of(messages.get(wording.undoEdit(), name),
                                    () -> records.undoEdit().accept(started.original(), record)));
                    revision.changed();
                    announcer.announce(messages.get(wording.saved(), name));
                    saved.accept(stored);
                });
        return true;
    }
}
