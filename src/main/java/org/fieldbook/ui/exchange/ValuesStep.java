package org.fieldbook.ui.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ValueChoices;
import org.fieldbook.ui.common.Messages;

/**
 * The values page: each distinct value of the stage (status, type) column and what it becomes, Fieldbook's
 * guess first; and how the file writes dates and numbers. A value the user mapped before keeps its choice
 * when the page is filled again (after going back to change a column).
 */
public final class ValuesStep {
    private final Messages messages;
    private final ObservableList<ValueChoice> values = FXCollections.observableArrayList(
            value -> new Observable[] {value.targetProperty()});
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final StringProperty dateFormat = new SimpleStringProperty(this, "dateFormat", "");
    private final BooleanProperty decimalComma = new SimpleBooleanProperty(this, "decimalComma", false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final Map<String, String> chosenBefore = new LinkedHashMap<>();
    private ValueChoices.Kind kind;
    private String field;

    ValuesStep(Messages messages) {
        this.messages = messages;
        values.addListener((javafx.collections.ListChangeListener<ValueChoice>) change -> notes());
    }

    void fill(List<ValueChoices> choices, ImportMapping mapping) {
        if (mapping.dateFormat() != null) {
            dateFormat.set(mapping.dateFormat());
        }
        if (mapping.decimalComma() != null) {
            decimalComma.set(mapping.decimalComma());
        }
        if (choices.isEmpty()) {
            kind = null;
            field = null;
            targets.clear();
            values.clear();
            heading.set(messages.get("import.values.noneToMap"));
            return;
        }
        ValueChoices chosen = choices.get(0);
        if (!chosen.field().equals(field)) {
            chosenBefore.clear();
        }
        chosenBefore.putAll(mapping.values().getOrDefault(chosen.field(), Map.of()));
        kind = chosen.kind();
        field = chosen.field();
        targets.setAll(chosen.targets());
        List<ValueChoice> rows = new ArrayList<>();
        for (ValueChoices.Value value : chosen.values()) {
            ValueChoice row = new ValueChoice(value.value(), value.rows(), value.guess());
            String before = chosenBefore.get(value.value());
            if (before != null && chosen.targets().contains(before)) {
                row.targetProperty().set(before);
            }
            rows.add(row);
        }
        values.setAll(rows);
        heading.set(messages.get("import.values.heading." + kind.name(), chosen.column()));
    }

    private void notes() {
        for (ValueChoice value : values) {
            String target = value.targetProperty().get();
            value.note(target == null || target.isEmpty() ? messages.get("import.values.unknown", value.rows())
                    : target.equals(value.guess()) ? messages.get("import.values.guessed")
                    : messages.get("import.values.chosen"));
        }
    }

    /** Field → (value → target) of the values mapped; what the user left alone is mapped to the guess anyway. */
    Map<String, Map<String, String>> chosenValues() {
        if (field == null) {
            return Map.of();
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        for (ValueChoice value : values) {
            String target = value.targetProperty().get();
            if (target != null && !target.isEmpty()) {
                mapped.put(value.value(), target);
                chosenBefore.put(value.value(), target);
            }
        }
        return Map.of(field, mapped);
    }

    /** A stage by its name in the user's language; a status or type by its enum's name. */
    public String label(String target) {
        if (target == null || target.isEmpty()) {
            return messages.get("import.values.choose");
        }
        if (kind == ValueChoices.Kind.LEAD_STATUS) {
            return messages.name(LeadStatus.valueOf(target));
        }
        if (kind == ValueChoices.Kind.ACTIVITY_TYPE) {
            return messages.name(ActivityType.valueOf(target));
        }
        return messages.dataName(target);
    }

    public ObservableList<ValueChoice> values() {
        return values;
    }

    public ObservableList<String> targets() {
        return targets;
    }

    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    public BooleanProperty decimalCommaProperty() {
        return decimalComma;
    }

    /** What the table of values is about ("Stages in column StageName"), or that this kind of record has none. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
