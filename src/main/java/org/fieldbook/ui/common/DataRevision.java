package org.fieldbook.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Counts the changes made through the window. A screen remembers the revision its rows were read at and
 * reads them again when it is shown after a change elsewhere (a contact saved from another screen, an undo,
 * demo data), instead of reading every table on every switch.
 */
public final class DataRevision {
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    public void changed() {
        revision.set(revision.get() + 1);
    }

    public long current() {
        return revision.get();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
