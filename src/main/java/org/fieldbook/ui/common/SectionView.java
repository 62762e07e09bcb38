package org.fieldbook.ui.common;

import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;

/**
 * What the main window needs of a screen, so that the shell never imports a feature's package: its content,
 * its filter, a line for the status bar and the commands of the menus and toolbar.
 */
public interface SectionView {
    Parent root();

    /** The toolbar search text; the screen's table shows only the rows that match it. */
    StringProperty filterProperty();

    /** E.g. "42 accounts" or "3 of 42 accounts", for the status bar. */
    ReadOnlyStringProperty summaryProperty();

    /** True once the screen's table holds the rows of its first read. */
    ReadOnlyBooleanProperty loadedProperty();

    /** True while a record is selected, so Edit and Delete apply. */
    ReadOnlyBooleanProperty hasSelectionProperty();

    /** Called when the screen is shown: reads the rows again if something changed since they were read. */
    void shown();

    void newRecord();

    void editSelected();

    void deleteSelected();

    /** Selects a record (after navigating to it from another screen) once the rows are there. */
    void reveal(UUID id);

    /** Selects a record and opens its editor; a screen without an editor only selects it. */
    default void openRecord(UUID id) {
        reveal(id);
    }

    /** Gives the keyboard to the table. */
    void focusTable();
}
