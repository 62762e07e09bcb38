package org.fieldbook.ui.exchange;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One column of the file on the mapping page: its name, a value from its first rows, and the field it fills
 * ("" for a column left out).
 */
public final class ColumnChoice {
    private final String column;
    private final String sample;
    private final StringProperty field = new SimpleStringProperty(this, "field", "");

    public ColumnChoice(String column, String sample, String field) {
        this.column = column;
        this.sample = sample;
        this.field.set(field == null ? "" : field);
    }

    public String column() {
        return column;
    }

    public String sample() {
        return sample;
    }

    public StringProperty fieldProperty() {
        return field;
    }
}
