package org.fieldbook.ui.security;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fieldbook.service.UserMessage;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Messages;

/**
 * The start-up question for an encrypted data folder: the passphrase opens the database in the background; a
 * wrong one is said at the field and may be tried again; any other failure ends the start like an unusable folder.
 */
public final class UnlockViewModel {
    /** Opens the data folder with a passphrase, or throws what opening it threw. */
    public interface Unlock {
        void open(char[] passphrase) throws Exception;
    }

    private final Unlock unlock;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public UnlockViewModel(Unlock unlock, BackgroundRunner runner, Messages messages) {
        this.unlock = unlock;
        this.runner = runner;
        this.messages = messages;
    }

    /** Tries {@code passphrase} (cleared once used): {@code opened} when it opens, {@code failed} when nothing will. */
    public void open(char[] passphrase, Runnable opened, Consumer<Exception> failed) {
        if (busy.get()) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        if (passphrase.length == 0) {
            error.set(messages.get("unlock.empty"));
            return;
        }
        busy.set(true);
        error.set("");
        runner.run(() -> {
            try {
                unlock.open(passphrase);
                return null;
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, done -> {
            busy.set(false);
            opened.run();
        }, failure -> {
            busy.set(false);
            boolean wrong = UserMessage.of(failure).map(m -> m.key().equals("error.passphrase.wrong")).orElse(false);
            if (wrong) {
                error.set(messages.get("passphrase.wrong"));
            } else {
                failed.accept(failure);
            }
        });
    }

    /** The user typed again: the old message no longer applies. */
    public void edited() {
        error.set("");
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is wrong with the passphrase typed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
