package org.fieldbook.ui.common;

/**
 * A change the user made that can be taken back: a create (undone by deleting), an edit (undone by writing
 * the previous values back) or a delete (undone by restoring from the trash).
 */
public interface UndoableChange {
    /** What undoing does, for the Edit menu: "Undo delete of account “Acme”". */
    String description();

    /** Takes the change back through the services; runs off the FX thread. */
    void undo();

    static UndoableChange of(String description, Runnable undo) {
        return new UndoableChange() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                undo.run();
            }
        };
    }
}
