package org.fieldbook.ui.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Shows a form's {@link FieldErrors} at the fields, through ControlsFX validation: the control gets
 * AtlantaFX's {@code :danger} look and the sentence appears in the small label under it. A field's message
 * appears once the user has left the field or tried to save, so a half-typed address is not scolded.
 */
public final class FieldDecorations {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Messages messages;
    private final FieldErrors errors;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<Control, String> fieldOf = new HashMap<>();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private boolean showAll;

    private record Field(Control shownOn, Label message) {
    }

    public FieldDecorations(Messages messages, FieldErrors errors) {
        this.messages = messages;
        this.errors = errors;
        validation.setValidationDecorator(new Decoration());
        // ControlsFX holds decorations back until a value changes; this class decides itself when to show them
        validation.initInitialDecoration();
        errors.all().addListener((MapChangeListener<String, String>) change -> validation.revalidate());
    }

    /**
     * Decorates {@code field}: {@code watched} is the control whose value is checked (for an editable combo box,
     * its text editor), {@code shownOn} the control that turns red, {@code message} the label under it.
     */
    public void bind(String field, Control watched, Control shownOn, Label message) {
        fields.put(field, new Field(shownOn, message));
        fieldOf.put(watched, field);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        message.getStyleClass().add("field-error");
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setWrapText(false);
        // a message appearing makes the form taller; the dialog grows with it so its buttons stay in view
        WindowFit.watch(message);
        message.visibleProperty().addListener((obs, was, shown) -> WindowFit.fitLater(message));
        shownOn.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                touched.add(field);
                validation.revalidate();
            }
        });
        if (watched != shownOn) {
            watched.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    touched.add(field);
                    validation.revalidate();
                }
            });
        }
        validation.registerValidator(watched, false, (Control control, Object value) -> {
            String key = touched.contains(field) || showAll ? errors.of(field) : null;
            return ValidationResult.fromErrorIf(control, key == null ? "" : messages.get(key), key != null);
        });
    }

    public void bind(String field, Control control, Label message) {
        bind(field, control, control, message);
    }

    /** After a save was tried: every field shows what is wrong with it. */
    public void showAll() {
        showAll = true;
        validation.revalidate();
    }

    /** After OK was refused: every field shows what is wrong with it, and the keyboard goes to the first one. */
    public void showAllAndFocusFirst() {
        showAll();
        Control first = firstInvalid();
        if (first != null) {
            first.requestFocus();
        }
    }

    /** The first field that has something wrong, to put the keyboard there. */
    public Control firstInvalid() {
        for (Map.Entry<String, Field> entry : fields.entrySet()) {
            if (errors.of(entry.getKey()) != null) {
                return entry.getValue().shownOn();
            }
        }
        return null;
    }

    private final class Decoration implements ValidationDecoration {
        @Override
        public void removeDecorations(Control target) {
            Field field = fields.get(fieldOf.get(target));
            if (field != null) {
                WindowFit.unlessPressed(field.message(), () -> {
                    field.shownOn().pseudoClassStateChanged(DANGER, false);
                    field.message().setText("");
                    field.message().setVisible(false);
                });
            }
        }

        @Override
        public void applyValidationDecoration(ValidationMessage message) {
            Field field = fields.get(fieldOf.get(message.getTarget()));
            if (field != null) {
                WindowFit.unlessPressed(field.message(), () -> {
                    field.shownOn().pseudoClassStateChanged(DANGER, true);
                    field.message().setText(message.getText());
                    field.message().setVisible(true);
                });
            }
        }

        @Override
        public void applyRequiredDecoration(Control target) {
            // required fields are marked in their labels; nothing to draw on the control
        }
    }
}
