package org.fieldbook.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.fieldbook.domain.RuleViolation;

/**
 * What every form shares: what is wrong with its fields, whether it has read what it edits, whether a save is
 * under way, and so whether OK may save. The save runs in the background; a rule the service refuses is shown
 * at its field, any other failure goes to the error reporter.
 */
public final class FormState {
    private final BackgroundRunner runner;
    private final ErrorReporter reporter;
    private final FieldErrors errors = new FieldErrors();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public FormState(BackgroundRunner runner, ErrorReporter reporter) {
        this.runner = runner;
        this.reporter = reporter;
        canSave.bind(Bindings.createBooleanBinding(() -> ready.get() && !saving.get() && errors.isValid(),
                ready, saving, errors.validProperty()));
        busy.bind(ready.not().or(saving));
    }

    /**
     * The form's own check of {@code field} after its value changed: a message key, or null when it is fine.
     * What the service said about the old value no longer applies.
     */
    public void check(String field, String messageKey) {
        errors.edited(field);
        errors.check(field, messageKey);
    }

    /** The form has read what it edits (or needs nothing read): the user may save from now on. */
    public void ready() {
        ready.set(true);
    }

    public boolean canSave() {
        return canSave.get();
    }

    /**
     * Runs {@code work} in the background and hands what it stored to {@code stored}; a form calls it once
     * {@link #canSave()} said yes.
     */
    public <T> void save(Callable<T> work, Consumer<? super T> stored) {
        saving.set(true);
        runner.run(work, result -> {
            saving.set(false);
            stored.accept(result);
        }, failure -> {
            saving.set(false);
            if (failure instanceof RuleViolation violation) {
                errors.refusedBy(violation);
            } else {
                reporter.report(failure);
            }
        });
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while OK cannot be taken: the form is reading what it edits, or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** False while the form is still reading, saving, or has something wrong. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
