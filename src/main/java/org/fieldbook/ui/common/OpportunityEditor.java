package org.fieldbook.ui.common;

import java.util.UUID;
import javafx.stage.Window;

/**
 * Opens the opportunity editor in a dialog, for screens other than the opportunities screen (the board): the
 * editor belongs to that screen's package, so the wiring hands it over through this interface.
 */
public interface OpportunityEditor {
    /** Edits the opportunity; {@code saved} runs once it is stored. */
    void edit(Window owner, UUID id, Runnable saved);

    /** A new opportunity; {@code saved} runs once it is stored. */
    void create(Window owner, Runnable saved);
}
