package org.fieldbook.ui.leads;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.CustomChannel;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.service.LeadService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;

/**
 * The list of source channels: the built-in ones stay, the team adds its own and takes them off again. A new
 * name that is blank, too long or already a channel (by name, or by a built-in channel's name in the user's
 * language) is refused with a sentence under the field.
 */
public final class ChannelsViewModel {
    private final LeadService leads;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final DataRevision revision;
    private final ObservableList<CustomChannel> own = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ChannelsViewModel(LeadService leads, BackgroundRunner runner, ErrorReporter errors, Messages messages,
                             DataRevision revision) {
        this.leads = leads;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.revision = revision;
        newName.addListener((obs, old, text) -> problem.set(""));
    }

    public void load() {
        runner.run(leads::channels, own::setAll, errors::report);
    }

    /** Adds the typed name as a channel; false, with the reason in {@link #problemProperty()}, when refused. */
    public boolean add() {
        String name = newName.get() == null ? "" : newName.get().strip();
        for (SourceChannel builtIn : SourceChannel.values()) {
            if (messages.name(builtIn).equalsIgnoreCase(name)) {
                problem.set(messages.get("validation.channel.exists"));
                return false;
            }
        }
        List<String> wrong = CustomChannel.violations(name, own).stream().map(v -> v.messageKey()).toList();
        if (!wrong.isEmpty()) {
            problem.set(messages.get(wrong.get(0)));
            return false;
        }
        runner.run(() -> leads.addChannel(name), added -> {
            newName.set("");
            revision.changed();
            load();
        }, failure -> {
            if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
                problem.set(messages.get(violation.violations().get(0).messageKey()));
            } else {
                errors.report(failure);
            }
        });
        return true;
    }

    public void remove(CustomChannel channel) {
        runner.run(() -> {
            leads.removeChannel(channel.id());
            return null;
        }, done -> {
            revision.changed();
            load();
        }, errors::report);
    }

    public ObservableList<CustomChannel> own() {
        return own;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
