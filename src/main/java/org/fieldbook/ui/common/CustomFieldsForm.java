package org.fieldbook.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.fieldbook.domain.CustomValues;

/**
 * The custom fields of a record's form: one entry per field its entity has, checked as the user types (a
 * required field left empty, a number, amount or date that does not read) under the form field
 * "custom.&lt;key&gt;", and turned back into the record's {@link CustomValues}. Values of fields removed since
 * are kept as they are.
 */
public final class CustomFieldsForm {
    /** One field's input: text (text, number, money, a choice), a date, yes/no or the options ticked. */
    public static final class Entry {
        private final CustomFieldDefinition field;
        private final StringProperty text = new SimpleStringProperty("");
        private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
        private final BooleanProperty yes = new SimpleBooleanProperty();
        private final ObservableList<String> ticked = FXCollections.observableArrayList();
        private String currency;

        Entry(CustomFieldDefinition field) {
            this.field = field;
        }

        public CustomFieldDefinition field() {
            return field;
        }

        public StringProperty textProperty() {
            return text;
        }

        public ObjectProperty<LocalDate> dateProperty() {
            return date;
        }

        public BooleanProperty yesProperty() {
            return yes;
        }

        public ObservableList<String> ticked() {
            return ticked;
        }

        public String currency() {
            return currency;
        }

        public String formField() {
            return "custom." + field.key();
        }
    }

    private final FormState form;
    private final Formats formats;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private CustomValues base = CustomValues.NONE;

    public CustomFieldsForm(FormState form, Formats formats) {
        this.form = form;
        this.formats = formats;
    }

    /** Shows {@code fields} filled from {@code values}; {@code currency} is what a new amount is in. */
    public void show(List<CustomFieldDefinition> fields, CustomValues values, String currency) {
        base = values == null ? CustomValues.NONE : values;
        List<Entry> made = new ArrayList<>();
        for (CustomFieldDefinition field : fields) {
            Entry entry = new Entry(field);
            entry.currency = currency;
            String stored = base.get(field.key());
            if (stored != null) {
                fill(entry, stored);
            }
            entry.text.addListener((obs, old, now) -> check(entry));
            entry.date.addListener((obs, old, now) -> check(entry));
            entry.yes.addListener((obs, old, now) -> check(entry));
            entry.ticked.addListener((ListChangeListener<String>) change -> check(entry));
            made.add(entry);
        }
        for (Entry old : entries) {
            form.check(old.formField(), null);
        }
        entries.setAll(made);
        made.forEach(this::check);
    }

    private void fill(Entry entry, String stored) {
        switch (entry.field.type()) {
            case NUMBER -> entry.text.set(parse(stored).map(formats::amount).orElse(stored));
            case MONEY -> {
                String[] parts = stored.split(" ");
                entry.text.set(parse(parts[0]).map(formats::amount).orElse(parts[0]));
                if (parts.length > 1) {
                    entry.currency = parts[1];
                }
            }
            case DATE -> {
                try {
                    entry.date.set(LocalDate.parse(stored));
                } catch (java.time.format.DateTimeParseException e) {
                    entry.date.set(null);
                }
            }
            case BOOLEAN -> entry.yes.set(stored.equals("true"));
            case MULTI_CHOICE -> entry.ticked.setAll(stored.split("\n"));
            default -> entry.text.set(stored);
        }
    }

    private static Optional<BigDecimal> parse(String plain) {
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void check(Entry entry) {
        form.check(entry.formField(), problemOf(entry));
    }

    private String problemOf(Entry entry) {
        CustomFieldType type = entry.field.type();
        if ((type == CustomFieldType.NUMBER || type == CustomFieldType.MONEY) && !FieldText.isBlank(entry.text.get())
                && formats.parseAmount(entry.text.get()).isEmpty()) {
            return type == CustomFieldType.NUMBER ? "validation.customField.number" : "validation.customField.money";
        }
        return entry.field.problemWith(canonical(entry));
    }

    /** The entry's value as stored: see {@link CustomFieldDefinition}; null when it has none. */
    private String canonical(Entry entry) {
        return switch (entry.field.type()) {
            case NUMBER -> formats.parseAmount(orEmpty(entry.text.get())).map(BigDecimal::toPlainString)
                    .orElse(null);
            case MONEY -> formats.parseAmount(orEmpty(entry.text.get()))
                    .map(amount -> amount.toPlainString() + " " + entry.currency).orElse(null);
            case DATE -> entry.date.get() == null ? null : entry.date.get().toString();
            case BOOLEAN -> entry.yes.get() ? "true" : null; // no is no value: an untouched box changes nothing
            case MULTI_CHOICE -> entry.ticked.isEmpty() ? null : String.join("\n", entry.field.options().stream()
                    .filter(entry.ticked::contains).toList());
            default -> FieldText.blankToNull(entry.text.get());
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The record's custom values as the form now describes them. */
    public CustomValues values() {
        TreeMap<String, String> result = new TreeMap<>(base.values());
        for (Entry entry : entries) {
            String value = canonical(entry);
            if (value == null) {
                result.remove(entry.field.key());
            } else {
                result.put(entry.field.key(), value);
            }
        }
        return CustomValues.of(result);
    }

    public ObservableList<Entry> entries() {
        return entries;
    }
}
