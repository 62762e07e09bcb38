package org.fieldbook.ui.activities;

import static org.fieldbook.ui.common.FieldText.blankToNull;
import static org.fieldbook.ui.common.FieldText.isBlank;
import static org.fieldbook.ui.common.FieldText.orEmpty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.ActivityService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.FormState;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableChange;

/**
 * The activity dialog: log what happened (done, the default) or plan it, about an account and optionally a
 * contact and an opportunity; for an open activity, tick Done, note the outcome and plan the next step, all
 * stored in one transaction.
 */
public final class ActivityFormViewModel {
    static final String SUBJECT = "subject";
    static final String ACCOUNT = "account";
    static final String WHEN = "when";
    static final String NEXT_SUBJECT = "next.subject";
    static final String NEXT_WHEN = "next.when";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final ActivityService activities;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;
    private final Clock clock;
    private final FormState form;

    private final ObjectProperty<ActivityType> type = new SimpleObjectProperty<>(this, "type", ActivityType.CALL);
    private final StringProperty subject = new SimpleStringProperty(this, SUBJECT, "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done", true);
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<Choice> account = new SimpleObjectProperty<>(this, ACCOUNT);
    private final ObjectProperty<Choice> contact = new SimpleObjectProperty<>(this, "contact");
    private final ObjectProperty<Choice> opportunity = new SimpleObjectProperty<>(this, "opportunity");
    private final ObservableList<Choice> accountChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> contactChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> opportunityChoices = FXCollections.observableArrayList();
    private final BooleanProperty nextStep = new SimpleBooleanProperty(this, "nextStep");
    private final ObjectProperty<ActivityType> nextType = new SimpleObjectProperty<>(this, "nextType",
            ActivityType.CALL);
    private final StringProperty nextSubject = new SimpleStringProperty(this, NEXT_SUBJECT, "");
    private final ObjectProperty<LocalDate> nextDate = new SimpleObjectProperty<>(this, "nextDate");
    private final StringProperty nextTime = new SimpleStringProperty(this, "nextTime", "9:00");

    private Editing<Activity> editing;
    private UUID leadId;
    private UUID ownerId;
    private String defaultSubject = "";
    private UUID pendingContact;
    private UUID pendingOpportunity;

    public ActivityFormViewModel(ActivityService activities, AccountService accounts, ProfileService profiles,
                                 BackgroundRunner runner, ErrorReporter errors, Messages messages, UndoStack undo,
                                 DataRevision revision, Announcer announcer, Clock clock) {
        this.activities = activities;
        this.accounts = accounts;
        this.profiles = profiles;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
        this.clock = clock;
        form = new FormState(runner, errors);
        subject.addListener((obs, old, text) -> checkSubject());
        account.addListener((obs, old, chosen) -> {
            checkAccount();
            readLinksOf(chosen);
            refreshDefaultSubject();
        });
        contact.addListener((obs, old, chosen) -> refreshDefaultSubject());
        type.addListener((obs, old, chosen) -> refreshDefaultSubject());
        date.addListener((obs, old, day) -> checkWhen());
        time.addListener((obs, old, text) -> checkWhen());
        done.addListener((obs, was, isDone) -> {
            if (isDone && editing != null && editing.original().doneAt() == null) {
                setWhen(clock.instant()); // marking an open activity done: it was done now
            }
        });
        nextStep.addListener((obs, was, on) -> checkNext());
        nextSubject.addListener((obs, old, text) -> checkNext());
        nextDate.addListener((obs, old, day) -> checkNext());
        nextTime.addListener((obs, old, text) -> checkNext());
        checkSubject();
        checkAccount();
        checkWhen();
    }

    private void checkSubject() {
        form.check(SUBJECT, isBlank(subject.get()) ? "validation.activity.subject.required" : null);
    }

    private void checkAccount() {
        form.check(ACCOUNT, account.get() == null && leadId == null ? "validation.activity.account.required" : null);
    }

    private void checkWhen() {
        form.check(WHEN, date.get() == null ? "validation.activity.when.required"
                : parseTime(time.get()).isEmpty() ? "validation.activity.time.invalid" : null);
    }

    private void checkNext() {
        boolean on = nextStep.get();
        form.check(NEXT_SUBJECT, on && isBlank(nextSubject.get()) ? "validation.activity.subject.required" : null);
        form.check(NEXT_WHEN, !on ? null : nextDate.get() == null ? "validation.activity.when.required"
                : parseTime(nextTime.get()).isEmpty() ? "validation.activity.time.invalid" : null);
    }

    static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(LocalTime.of(9, 0));
        }
        try {
            return Optional.of(LocalTime.parse(text.strip(), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A new activity about what {@code about} names; done now unless the user unticks Done. */
    public void startNew(ActivityContext about) {
        leadId = about.leadId();
        pendingContact = about.contactId();
        pendingOpportunity = about.opportunityId();
        if (about.type() != null) {
            type.set(about.type());
        }
        setWhen(clock.instant());
        nextDate.set(LocalDate.now(clock).plusDays(7));
        runner.run(() -> new Start(choices(), null, profiles.profile().map(p -> p.me().id()).orElse(null)),
                start -> fill(start, about.accountId()), errors::report);
    }

    /** An existing activity, e.g. from the agenda, to edit or to mark done. */
    public void startEdit(UUID id) {
        runner.run(() -> new Start(choices(), activities.edit(id), null), start -> {
            Activity a = start.editing().original();
            leadId = a.leadId();
            pendingContact = a.contactId();
            pendingOpportunity = a.opportunityId();
            type.set(a.type());
            subject.set(orEmpty(a.subject()));
            defaultSubject = null; // the stored subject stays
            setWhen(a.when() != null ? a.when() : clock.instant());
            done.set(a.isDone());
            outcome.set(orEmpty(a.outcome()));
            location.set(orEmpty(a.location()));
            notes.set(orEmpty(a.notes()));
            nextDate.set(LocalDate.now(clock).plusDays(7));
            editing = start.editing();
            fill(start, a.accountId());
        }, errors::report);
    }

    private List<Choice> choices() {
        return accounts.list().stream().map(a -> new Choice(a.account().id(), a.account().name()))
                .sorted(java.util.Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private record Start(List<Choice> accounts, Editing<Activity> editing, UUID me) {
    }

    private void fill(Start start, UUID accountId) {
        accountChoices.setAll(start.accounts());
        ownerId = editing != null ? editing.original().ownerId() : start.me();
        account.set(accountId == null ? null
                : accountChoices.stream().filter(c -> c.id().equals(accountId)).findFirst().orElse(null));
        checkAccount();
        if (account.get() == null) {
            form.ready();
        }
    }

    private record Links(List<Choice> contacts, List<Choice> opportunities) {
    }

    /** The contacts and opportunities of the chosen account, to pick from. */
    private void readLinksOf(Choice chosen) {
        contactChoices.setAll(java.util.Collections.singletonList(null));
        opportunityChoices.setAll(java.util.Collections.singletonList(null));
        if (chosen == null) {
            contact.set(null);
            opportunity.set(null);
            return;
        }
        UUID id = chosen.id();
        runner.run(() -> {
            var detail = accounts.detail(id);
            return new Links(detail.contacts().stream().map(c -> new Choice(c.contact().id(), c.contact().name()))
                    .toList(), detail.opportunities().stream().filter(o -> o.opportunity().isOpen()
                            || o.opportunity().id().equals(pendingOpportunity))
                    .map(o -> new Choice(o.opportunity().id(), o.opportunity().title())).toList());
        }, links -> {
            if (account.get() == null || !account.get().id().equals(id)) {
                return; // the user chose another account meanwhile
            }
            contactChoices.addAll(links.contacts());
            opportunityChoices.addAll(links.opportunities());
            contact.set(find(contactChoices, pendingContact));
            opportunity.set(find(opportunityChoices, pendingOpportunity));
            pendingContact = null;
            pendingOpportunity = null;
            form.ready();
        }, errors::report);
    }

    private static Choice find(List<Choice> choices, UUID id) {
        return id == null ? null : choices.stream().filter(c -> c != null && c.id().equals(id)).findFirst()
                .orElse(null);
    }

    /** "Visit with Grace Hopper": filled in until the user types a subject of their own. */
    private void refreshDefaultSubject() {
        if (!subject.get().isEmpty() && !subject.get().equals(defaultSubject)) {
            return;
        }
        Choice about = contact.get() != null ? contact.get() : account.get();
        defaultSubject = about == null ? messages.name(type.get())
                : messages.get("activity.defaultSubject", messages.name(type.get()), about.label());
        subject.set(defaultSubject);
    }

    private void setWhen(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        date.set(local.toLocalDate());
        time.set(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).format(TIME));
    }

    private Instant when(LocalDate day, String text) {
        ZoneId zone = clock.getZone();
        return day.atTime(parseTime(text).orElseThrow()).atZone(zone).toInstant();
    }

    /** The activity as the form describes it. */
    Activity edited() {
        Activity base = editing != null ? editing.original() : null;
        Instant at = when(date.get(), time.get());
        Instant due = done.get() ? (base != null ? base.dueAt() : null) : at;
        Instant doneAt = done.get() ? at : null;
        ActivityType chosen = type.get();
        return new Activity(base != null ? base.id() : TimeOrderedId.next(), chosen, subject.get().strip(),
                blankToNull(notes.get()), due, doneAt, done.get() ? blankToNull(outcome.get()) : null,
                blankToNull(location.get()), account.get() == null ? null : account.get().id(),
                contact.get() == null ? null : contact.get().id(),
                opportunity.get() == null ? null : opportunity.get().id(), ownerId, leadId);
    }

    /** The next step, when asked for: about the same account, contact and opportunity. */
    Activity next() {
        if (!nextStep.get()) {
            return null;
        }
        Activity first = edited();
        return new Activity(TimeOrderedId.next(), nextType.get(), nextSubject.get().strip(), null,
                when(nextDate.get(), nextTime.get()), null, null, null, first.accountId(), first.contactId(),
                first.opportunityId(), ownerId, leadId);
    }

    /** Saves when valid, calling {@code saved}; returns false (nothing saved) while something is wrong. */
    public boolean save(Consumer<ActivityService.Logged> saved) {
        if (!form.canSave()) {
            return false;
        }
        Activity activity = edited();
        Activity next = next();
        Editing<Activity> started = editing;
        form.save(() -> started == null ? activities.log(activity, next)
                : activities.update(started, activity, next), logged -> {
                    String name = logged.activity().subject();
                    undo.push(UndoableChange.of(messages.get(started == null ? "undo.logActivity"
                            : "undo.editActivity", name), () -> {
                                if (logged.nextStep() != null) {
                                    activities.delete(logged.nextStep().id());
                                }
                                if (started == null) {
                                    activities.delete(logged.activity().id());
                                } else {
                                    activities.update(activities.edit(activity.id()), started.original(), null);
                                }
                            }));
                    revision.changed();
                    announcer.announce(messages.get(logged.nextStep() == null ? "status.savedActivity"
                            : "status.savedActivityWithNext", name, logged.nextStep() == null ? ""
                                    : logged.nextStep().subject()));
                    saved.accept(logged);
                });
        return true;
    }

    public boolean isNew() {
        return editing == null;
    }

    public ObjectProperty<ActivityType> typeProperty() {
        return type;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Choice> accountProperty() {
        return account;
    }

    public ObjectProperty<Choice> contactProperty() {
        return contact;
    }

    public ObjectProperty<Choice> opportunityProperty() {
        return opportunity;
    }

    public ObservableList<Choice> accountChoices() {
        return accountChoices;
    }

    public ObservableList<Choice> contactChoices() {
        return contactChoices;
    }

    public ObservableList<Choice> opportunityChoices() {
        return opportunityChoices;
    }

    public BooleanProperty nextStepProperty() {
        return nextStep;
    }

    public ObjectProperty<ActivityType> nextTypeProperty() {
        return nextType;
    }

    public StringProperty nextSubjectProperty() {
        return nextSubject;
    }

    public ObjectProperty<LocalDate> nextDateProperty() {
        return nextDate;
    }

    public StringProperty nextTimeProperty() {
        return nextTime;
    }

    public FieldErrors errors() {
        return form.errors();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return form.readyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return form.busyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return form.canSaveProperty();
    }
}
