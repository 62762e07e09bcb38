package org.fieldbook.ui.activities;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.domain.OverduePayment;
import org.fieldbook.service.ActivityService;
import org.fieldbook.service.PaymentService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;

/**
 * The agenda: open activities grouped as overdue, today, this week and later, and those done this week in a
 * group of their own that starts collapsed. A group's header collapses and expands it; "mine" shows only the
 * user's own activities; the search narrows by subject and what they are about.
 */
public final class AgendaViewModel {
    /** The agenda's groups, in the order shown. */
    public enum Group { PAYMENTS, OVERDUE, TODAY, THIS_WEEK, LATER, DONE }

    /** A line of the agenda: a group's header or one activity. */
    public sealed interface Row permits Header, Item, PaymentItem {
    }

    public record Header(Group group, int count, boolean expanded) implements Row {
    }

    public record Item(ActivitySummary activity, Group group) implements Row {
    }

    /** An overdue expected payment of a won deal (see PaymentPlan for when a payment is overdue). */
    public record PaymentItem(OverduePayment payment) implements Row {
    }

    private final ActivityService activities;
    private final ProfileService profiles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final DataRevision revision;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty mine = new SimpleBooleanProperty(this, "mine");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final Set<Group> collapsed = EnumSet.of(Group.DONE);
    private List<ActivitySummary> read = List.of();
    private List<OverduePayment> readPayments = List.of();
    private PaymentService payments;
    private long readAtRevision = -1;

    public AgendaViewModel(ActivityService activities, ProfileService profiles, BackgroundRunner runner,
                           ErrorReporter errors, Messages messages, DataRevision revision, Clock clock) {
        this.activities = activities;
        this.profiles = profiles;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.revision = revision;
        this.clock = clock;
        mine.addListener((obs, was, on) -> reload());
        filter.addListener((obs, old, text) -> regroup());
    }

    /** Also lists the overdue payments of won deals, in a group of their own at the top. */
    public AgendaViewModel withPayments(PaymentService overduePayments) {
        this.payments = overduePayments;
        return this;
    }

    public void shown() {
        if (readAtRevision != revision.current()) {
            reload();
        }
    }

    public void reload() {
        long asOf = revision.current();
        boolean onlyMine = mine.get();
        Instant weekStart = startOfWeek(LocalDate.now(clock)).atStartOfDay(clock.getZone()).toInstant();
        PaymentService overdue = payments;
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> {
            UUID me = onlyMine ? profiles.profile().map(p -> p.me().id()).orElse(null) : null;
            return new Read(activities.agenda(me, weekStart), overdue == null ? List.of()
                    : overdue.overdue(today, me));
        }, both -> {
            readAtRevision = asOf;
            read = both.activities();
            readPayments = both.payments();
            regroup();
            loaded.set(true);
        }, errors::report);
    }

    private record Read(List<ActivitySummary> activities, List<OverduePayment> payments) {
    }

    private static LocalDate startOfWeek(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The group an activity belongs in now. */
    Group groupOf(ActivitySummary summary) {
        var activity = summary.activity();
        if (activity.isDone()) {
            return Group.DONE;
        }
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = activity.dueAt().atZone(zone).toLocalDate();
        if (activity.dueAt().isBefore(now) && due.isBefore(today)) {
            return Group.OVERDUE;
        }
        if (due.equals(today)) {
            return Group.TODAY;
        }
        if (due.isBefore(today)) {
            return Group.OVERDUE;
        }
        return due.isBefore(startOfWeek(today).plusWeeks(1)) ? Group.THIS_WEEK : Group.LATER;
    }

    private void regroup() {
        Map<Group, List<ActivitySummary>> groups = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        for (ActivitySummary summary : read) {
            if (needle.isEmpty() || matches(summary, needle)) {
                groups.get(groupOf(summary)).add(summary);
            }
        }
        groups.get(Group.DONE).sort(java.util.Comparator.comparing(
                (ActivitySummary a) -> a.activity().doneAt()).reversed()); // newest done first
        List<Row> shown = new ArrayList<>();
        List<OverduePayment> late = readPayments.stream().filter(p -> needle.isEmpty() || matches(p, needle)).toList();
        if (!late.isEmpty()) {
            boolean expanded = !collapsed.contains(Group.PAYMENTS);
            shown.add(new Header(Group.PAYMENTS, late.size(), expanded));
            if (expanded) {
                late.forEach(p -> shown.add(new PaymentItem(p)));
            }
        }
        for (Group group : Group.values()) {
            List<ActivitySummary> members = groups.get(group);
            if (members.isEmpty()) {
                continue;
            }
            boolean expanded = !collapsed.contains(group);
            shown.add(new Header(group, members.size(), expanded));
            if (expanded) {
                members.forEach(summary -> shown.add(new Item(summary, group)));
            }
        }
        rows.setAll(shown);
        int open = read.size() - groups.get(Group.DONE).size();
        summary.set(messages.get("agenda.summary", groups.get(Group.OVERDUE).size(), groups.get(Group.TODAY).size(),
                open));
    }

    private static boolean matches(OverduePayment payment, String needle) {
        return payment.dealTitle().toLowerCase(Locale.ROOT).contains(needle)
                || payment.accountName().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean matches(ActivitySummary summary, String needle) {
        for (String text : new String[] {summary.activity().subject(), summary.about(), summary.ownerName()}) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Collapses an expanded group, or expands a collapsed one. */
    public void toggle(Group group) {
        if (!collapsed.remove(group)) {
            collapsed.add(group);
        }
        regroup();
    }

    public boolean isOverdue(ActivitySummary summary) {
        return summary.activity().isOverdue(clock.instant());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
