package org.fieldbook.ui.security;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.service.EncryptionService;
import org.fieldbook.service.UserMessage;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.Messages;

/**
 * Edit › Security…: turn the database's encryption on (the passphrase twice, with a strength hint), change the
 * passphrase, or turn it off (the current passphrase asked). The conversion runs in the background with progress.
 */
public final class SecurityViewModel {
    public enum Action { TURN_ON, CHANGE, TURN_OFF }

    private final EncryptionService encryption;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Executor onFx;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>(Action.TURN_ON);
    private final ReadOnlyObjectWrapper<EncryptionService.Strength> strength = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final FieldErrors fieldErrors = new FieldErrors();

    /** {@code onFx} delivers progress on the FX thread ({@code Platform::runLater}). */
    public SecurityViewModel(EncryptionService encryption, BackgroundRunner runner, ErrorReporter errors,
                             Messages messages, Executor onFx) {
        this.encryption = encryption;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.onFx = onFx;
    }

    /** Reads whether the database is encrypted, and offers what can be done from there. */
    public void load() {
        runner.run(encryption::encrypted, now -> {
            encrypted.set(now);
            action.set(now ? Action.CHANGE : Action.TURN_ON);
        }, errors::report);
    }

    /** The new passphrase as typed so far (cleared here): the strength hint follows it. */
    public void newPassphraseTyped(char[] typed) {
        strength.set(typed.length == 0 ? null : EncryptionService.strength(typed));
        Arrays.fill(typed, '\0');
    }

    /** A field was edited: what was refused about it no longer applies. */
    public void edited(String field) {
        fieldErrors.edited(field);
    }

    /**
     * Does the chosen action with the passphrases typed (all cleared once used); {@code done} gets the sentence
     * to tell the user. Rules broken and a wrong current passphrase are shown at their fields.
     */
    public void apply(char[] current, char[] next, char[] repeated, Consumer<String> done) {
        Action chosen = action.get();
        if (busy.get()) {
            clear(current, next, repeated);
            return;
        }
        try {
            if (chosen != Action.TURN_OFF) {
                EncryptionService.check("newPassphrase", next, repeated);
            }
            if (chosen != Action.TURN_ON && current.length == 0) {
                throw new RuleViolation(List.of(new Violation("currentPassphrase", "unlock.empty")));
            }
        } catch (RuleViolation violation) {
            fieldErrors.refusedBy(violation);
            clear(current, next, repeated);
            return;
        }
        busy.set(true);
        progress.set(0);
        runner.run(() -> {
            switch (chosen) {
                case TURN_ON -> { encryption.turnOn(next, repeated, this::progressed); clear(current); }
                case CHANGE -> encryption.change(current, next, repeated, this::progressed);
                case TURN_OFF -> { encryption.turnOff(current, this::progressed); clear(next, repeated); }
            }
            return chosen != Action.TURN_OFF;
        }, nowEncrypted -> {
            busy.set(false);
            progress.set(-1);
            encrypted.set(nowEncrypted);
            action.set(nowEncrypted ? Action.CHANGE : Action.TURN_ON);
            done.accept(messages.get(switch (chosen) {
                case TURN_ON -> "security.done.turnOn";
                case CHANGE -> "security.done.change";
                case TURN_OFF -> "security.done.turnOff";
            }));
        }, failure -> {
            busy.set(false);
            progress.set(-1);
            boolean wrong = UserMessage.of(failure).map(m -> m.key().equals("error.passphrase.wrong")).orElse(false);
            if (failure instanceof RuleViolation violation) {
                fieldErrors.refusedBy(violation);
            } else if (wrong) {
                fieldErrors.refusedBy(new RuleViolation(List.of(new Violation("currentPassphrase",
                        "passphrase.wrong"))));
            } else {
                errors.report(failure);
            }
        });
    }

    private void progressed(double fraction) {
        onFx.execute(() -> progress.set(fraction));
    }

    private static void clear(char[]... passphrases) {
        for (char[] passphrase : passphrases) {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    public ReadOnlyObjectProperty<EncryptionService.Strength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The conversion's progress from 0 to 1, or -1 when none runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
