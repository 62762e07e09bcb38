package org.fieldbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.junit.jupiter.api.Test;

/** The pieces the record screens share, with stand-ins for the services: no toolkit, no database. */
class SharedScreensTest {
    private final List<Throwable> reported = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();
    private final BackgroundRunner runner = BackgroundRunner.inline();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final DataRevision revision = new DataRevision();
    private final UndoStack undo = new UndoStack(runner, reported::add, revision);

    @Test
    void aFormCannotSaveBeforeItIsReadyNorWhileAFieldIsWrong() {
        FormState form = new FormState(runner, reported::add);
        assertFalse(form.canSave());
        assertTrue(form.busyProperty().get());
        form.ready();
        assertTrue(form.canSave());
        assertFalse(form.busyProperty().get());
        form.check("name", "validation.name.required");
        assertFalse(form.canSave());
        form.check("name", null);
        assertTrue(form.canSave());
    }

    @Test
    void aRefusedSaveShowsAtItsFieldUntilTheFieldIsEditedAndOtherFailuresAreReported() {
        FormState form = new FormState(runner, reported::add);
        form.ready();
        form.save(() -> {
            throw new RuleViolation(List.of(new Violation("amount", "validation.amount.negative")));
        }, stored -> { });
        assertEquals("validation.amount.negative", form.errors().of("amount"));
        assertTrue(reported.isEmpty());
        form.check("amount", null);
        assertNull(form.errors().of("amount"));

        form.save(() -> {
            throw new IllegalStateException("disk full");
        }, stored -> { });
        assertEquals(1, reported.size());
        assertTrue(form.canSave(), "a failed save leaves the form ready for another try");
    }

    /** A record of the stand-in service: a name kept under an id. */
    private record Note(UUID id, String name) {
    }

    @Test
    void aSavedRecordIsAnnouncedAndUndoTakesTheCreateOrTheEditBack() {
        List<Note> stored = new ArrayList<>();
        FormState form = new FormState(runner, reported::add);
        form.ready();
        UndoableSave<Note> save = new UndoableSave<>(form, new UndoableSave.Records<>(
                note -> add(stored, note),
                (started, edited) -> replace(stored, started.original(), edited),
                created -> stored.remove(created),
                (before, edited) -> replace(stored, edited, before),
                Note::name), new UndoableSave.Wording("undo.createAccount", "undo.editAccount",
                "status.savedAccount"), messages, undo, revision, announced::add);

        Note acme = new Note(UUID.randomUUID(), "Acme");
        assertTrue(save.save(null, () -> acme, note -> { }));
        assertEquals(List.of(acme), stored);
        assertEquals(List.of("Saved account “Acme”"), announced);
        assertEquals(1, revision.current());
        undo.undo(done -> { });
        assertEquals(List.of(), stored);

        stored.add(acme);
        Note renamed = new Note(acme.id(), "Acme Tools");
        assertTrue(save.save(new Editing<>(acme, null), () -> renamed, note -> { }));
        assertEquals(List.of(renamed), stored);
        assertEquals("Undo changes to account “Acme Tools”", undo.nextUndoProperty().get());
        undo.undo(done -> { });
        assertEquals(List.of(acme), stored);

        form.check("name", "validation.name.required");
        assertFalse(save.save(null, () -> {
            throw new AssertionError("an invalid form is not asked for its record");
        }, note -> { }));
    }

    private static Note add(List<Note> stored, Note note) {
        stored.add(note);
        return note;
    }

    private static Note replace(List<Note> stored, Note old, Note note) {
        stored.set(stored.indexOf(old), note);
        return note;
    }

    /** A list screen over a fixed set of names. */
    private final class Names extends RecordListViewModel<Note> {
        private final List<Note> notes;
        private final List<Note> trash = new ArrayList<>();

        Names(List<Note> notes) {
            super(runner, reported::add, messages, undo, revision, announced::add, new Wording("accounts.summary",
                    "accounts.summaryFiltered", "undo.deleteAccount", "status.deletedAccount"));
            this.notes = new ArrayList<>(notes);
        }

        @Override
        protected List<Note> read() {
            return List.copyOf(notes);
        }

        @Override
        protected UUID idOf(Note row) {
            return row.id();
        }

        @Override
        protected String nameOf(Note row) {
            return row.name();
        }

        @Override
        protected String[] searchedText(Note row) {
            return new String[] {row.name(), null};
        }

        @Override
        protected void moveToTrash(UUID id) {
            Note note = find(id);
            notes.remove(note);
            trash.add(note);
        }

        @Override
        protected void restore(UUID id) {
            Note note = trash.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
            trash.remove(note);
            notes.add(note);
        }
    }

    @Test
    void aListIsReadOnceUntilSomethingChangesAndDeletingCanBeUndone() {
        Note acme = new Note(UUID.randomUUID(), "Acme Tools");
        Names list = new Names(List.of(acme, new Note(UUID.randomUUID(), "Brightwater")));
        assertFalse(list.loadedProperty().get());
        list.shown();
        assertTrue(list.loadedProperty().get());
        assertEquals("2 accounts", list.summaryProperty().get());
        list.filterProperty().set("  ACME ");
        assertEquals(List.of(acme), list.shownRows());
        assertEquals("1 of 2 accounts", list.summaryProperty().get());

        list.delete(acme);
        assertEquals(List.of("Deleted account “Acme Tools” — Ctrl+Z brings it back"), announced);
        assertEquals("0 of 1 accounts", list.summaryProperty().get());
        undo.undo(done -> { });
        list.shown();
        assertEquals(List.of(acme), list.shownRows());
        assertTrue(reported.isEmpty());
    }
}
