package org.fieldbook.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomFieldType;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.service.CustomFieldService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;

/**
 * The custom-fields settings: the fields of one kind of record in their order, and an editor for a new or the
 * chosen field (label, type, options one a line, required). A definition that is not complete is refused with
 * the reason; removing a field that holds values asks first (the dialog asks, this model counts).
 */
public final class CustomFieldsViewModel {
    private final CustomFieldService fields;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final DataRevision revision;

    private final ObjectProperty<String> entity = new SimpleObjectProperty<>(this, "entity", "account");
    private final ObservableList<CustomFieldDefinition> shown = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomFieldDefinition> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<CustomFieldType> type = new SimpleObjectProperty<>(this, "type",
            CustomFieldType.TEXT);
    private final StringProperty options = new SimpleStringProperty(this, "options", "");
    private final BooleanProperty required = new SimpleBooleanProperty(this, "required");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public CustomFieldsViewModel(CustomFieldService fields, BackgroundRunner runner, ErrorReporter errors,
                                 Messages messages, DataRevision revision) {
        this.fields = fields;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.revision = revision;
        entity.addListener((obs, old, now) -> {
            newField();
            load();
        });
        label.addListener((obs, old, now) -> problem.set(""));
        options.addListener((obs, old, now) -> problem.set(""));
        type.addListener((obs, old, now) -> problem.set(""));
    }

    public static List<String> entities() {
        return CustomFieldDefinition.ENTITIES;
    }

    public void load() {
        String of = entity.get();
        runner.run(() -> fields.fields(of), shown::setAll, errors::report);
    }

    /** Empties the editor for a new field. */
    public void newField() {
        editing.set(null);
        label.set("");
        type.set(CustomFieldType.TEXT);
        options.set("");
        required.set(false);
        problem.set("");
    }

    /** Puts {@code field} in the editor. */
    public void select(CustomFieldDefinition field) {
        if (field == null) {
            newField();
            return;
        }
        editing.set(field);
        label.set(field.label());
        type.set(field.type());
        options.set(String.join("\n", field.options()));
        required.set(field.required());
        problem.set("");
    }

    private List<String> optionList() {
        if (type.get() == null || !(type.get() == CustomFieldType.CHOICE || type.get() == CustomFieldType.MULTI_CHOICE)) {
            return List.of();
        }
        return Arrays.stream((options.get() == null ? "" : options.get()).split("\n")).map(String::strip)
                .filter(o -> !o.isEmpty()).distinct().toList();
    }

    /** Stores the editor's field; false, with the reason in {@link #problemProperty()}, when it is not complete. */
    public boolean save() {
        CustomFieldDefinition current = editing.get();
        CustomFieldDefinition field = current == null
                ? CustomFieldDefinition.create(entity.get(), label.get(), type.get(), optionList(), 0, required.get())
                : current.edited(label.get(), type.get(), optionList(), required.get());
        List<Violation> wrong = field.violations();
        if (!wrong.isEmpty()) {
            problem.set(messages.get(wrong.get(0).messageKey()));
            return false;
        }
        runner.run(() -> current == null ? fields.add(field) : fields.update(field), stored -> {
            revision.changed();
            load();
            select(stored);
        }, this::refused);
        return true;
    }

    private void refused(Exception failure) {
        if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
            problem.set(messages.get(violation.violations().get(0).messageKey()));
        } else {
            errors.report(failure);
        }
    }

    public void move(CustomFieldDefinition field, int step) {
        runner.run(() -> {
            fields.move(field.id(), step);
            return null;
        }, done -> {
            revision.changed();
            load();
        }, errors::report);
    }

    /** Counts the records holding a value of {@code field}, for the question before removing it. */
    public void countUses(CustomFieldDefinition field, IntConsumer counted) {
        runner.run(() -> fields.recordsUsing(field.id()), counted::accept, errors::report);
    }

    public void remove(CustomFieldDefinition field) {
        runner.run(() -> {
            fields.remove(field.id());
            return null;
        }, done -> {
            revision.changed();
            newField();
            load();
        }, errors::report);
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public ObservableList<CustomFieldDefinition> shown() {
        return shown;
    }

    /** The field in the editor, or null for a new one. */
    public ReadOnlyObjectProperty<CustomFieldDefinition> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<CustomFieldType> typeProperty() {
        return type;
    }

    public StringProperty optionsProperty() {
        return options;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
