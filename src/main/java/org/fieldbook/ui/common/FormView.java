package org.fieldbook.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

/** An editor shown in a {@link FormDialog}: it saves in the background and says when it is done. */
public interface FormView {
    Parent root();

    String title();

    /** Saves when the input is valid, calling {@code saved} once it is stored; otherwise shows what is wrong. */
    void save(Runnable saved);

    /** True while the form cannot take OK: reading what it edits, or saving. */
    ReadOnlyBooleanProperty busyProperty();

    /** The field the cursor starts in. */
    Node firstField();
}
