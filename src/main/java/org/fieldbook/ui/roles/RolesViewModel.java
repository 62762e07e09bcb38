package org.fieldbook.ui.roles;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.BuyingRoleSummary;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.BuyingRoleService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;

/**
 * An opportunity's buying roles: the contacts on it with their roles, adding one (contact and role chosen)
 * and taking one off; and whether it lacks the decision maker a deal at Proposal or beyond needs.
 */
public final class RolesViewModel {
    private final BuyingRoleService roles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final DataRevision revision;
    private final ObservableList<BuyingRoleSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<Contact> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> contact = new SimpleObjectProperty<>(this, "contact");
    private final ObjectProperty<BuyingRole> role = new SimpleObjectProperty<>(this, "role",
            BuyingRole.DECISION_MAKER);
    private final ReadOnlyBooleanWrapper flagged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private UUID opportunityId;
    private Runnable changed = () -> { };

    public RolesViewModel(BuyingRoleService roles, BackgroundRunner runner, ErrorReporter errors,
                          DataRevision revision) {
        this.roles = roles;
        this.runner = runner;
        this.errors = errors;
        this.revision = revision;
        contact.addListener((obs, old, c) -> problem.set(""));
        role.addListener((obs, old, r) -> problem.set(""));
    }

    public void load(UUID id, Runnable onChange) {
        opportunityId = id;
        changed = onChange;
        reload();
    }

    private void reload() {
        UUID id = opportunityId;
        runner.run(() -> roles.roles(id), found -> {
            title.set(found.opportunity().title());
            rows.setAll(found.roles());
            List<Contact> people = found.candidates();
            candidates.setAll(people);
            if (contact.get() == null || !people.contains(contact.get())) {
                contact.set(people.isEmpty() ? null : people.get(0));
            }
            flagged.set(found.flagged());
        }, errors::report);
    }

    /** Gives the chosen contact the chosen role; a refusal is shown under the fields. */
    public void add() {
        Contact chosen = contact.get();
        BuyingRole chosenRole = role.get();
        UUID id = opportunityId;
        runner.run(() -> roles.attach(id, chosen == null ? null : chosen.id(), chosenRole), added -> {
            problem.set("");
            afterChange();
        }, failure -> {
            if (failure instanceof RuleViolation violation) {
                problem.set(violation.violations().get(0).messageKey());
            } else {
                errors.report(failure);
            }
        });
    }

    public void remove(BuyingRoleSummary row) {
        runner.run(() -> {
            roles.detach(row.role().id());
            return null;
        }, done -> afterChange(), errors::report);
    }

    private void afterChange() {
        revision.changed();
        changed.run();
        reload();
    }

    public ObservableList<BuyingRoleSummary> rows() {
        return rows;
    }

    public ObservableList<Contact> candidates() {
        return candidates;
    }

    public ObjectProperty<Contact> contactProperty() {
        return contact;
    }

    public ObjectProperty<BuyingRole> roleProperty() {
        return role;
    }

    public ReadOnlyBooleanProperty flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }

    /** A message key, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
