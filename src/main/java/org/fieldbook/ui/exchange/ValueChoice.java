package org.fieldbook.ui.exchange;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One distinct value of a stage, status or type column on the values page: how many rows hold it, Fieldbook's
 * guess, and what the user maps it to ("" while nothing is chosen: its rows are then rejected as unknown).
 */
public final class ValueChoice {
    private final String value;
    private final int rows;
    private final String guess;
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    public ValueChoice(String value, int rows, String guess) {
        this.value = value;
        this.rows = rows;
        this.guess = guess;
        this.target.set(guess == null ? "" : guess);
    }

    public String value() {
        return value;
    }

    public int rows() {
        return rows;
    }

    /** What Fieldbook would make of the value by itself; null when it does not know. */
    public String guess() {
        return guess;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** "guessed" or "choose one", for the page; set by the view model. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void note(String text) {
        note.set(text);
    }
}
