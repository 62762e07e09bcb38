package org.fieldbook.ui.common;

import java.util.UUID;

/** Moves the main window to another screen; how one screen links to a record of another. */
public interface Navigator {
    void show(Section section);

    void showRecord(Section section, UUID id);

    /** Shows the record in its screen and opens its editor (the global search's Enter). */
    default void openRecord(Section section, UUID id) {
        showRecord(section, id);
    }
}
