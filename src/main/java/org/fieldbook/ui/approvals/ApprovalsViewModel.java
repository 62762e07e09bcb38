package org.fieldbook.ui.approvals;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.ApprovalService;
import org.fieldbook.domain.ListedApproval;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.ApprovalWords;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;

/**
 * The Approvals screen: for a manager, the requests of others waiting for a decision, with a comment and
 * Approve / Reject; for everyone, their own requests and what became of them.
 */
public final class ApprovalsViewModel {
    /** One request as the tables show it. */
    public record Row(UUID id, UUID opportunityId, String deal, String account, String action, String discount,
                      String amount, String requestedBy, String requestedAt, String note, String status,
                      String decision) {
    }

    private final ApprovalService approvals;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ApprovalWords words;
    private final org.fieldbook.ui.common.Formats formats;
    private final DataRevision revision;
    private final Announcer announcer;
    private final ObservableList<Row> toDecide = FXCollections.observableArrayList();
    private final ObservableList<Row> mine = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper manager = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObjectPropertyOfRow selected = new ObjectPropertyOfRow();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Integer> waiting = new ReadOnlyObjectWrapper<>(0);
    private long readAt = -1;
    private java.util.Set<UUID> decidedSeen;
    private boolean watching;
    private java.util.function.Consumer<Row> onDecided = row -> { };

    /** The selected request of the inbox: the view binds it to the table's selection. */
    public static final class ObjectPropertyOfRow extends SimpleObjectProperty<Row> {
    }

    public ApprovalsViewModel(ApprovalService approvals, BackgroundRunner runner, ErrorReporter errors,
                              Messages messages, org.fieldbook.ui.common.Formats formats, DataRevision revision,
                              Announcer announcer) {
        this.approvals = approvals;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.words = new ApprovalWords(messages, formats);
        this.revision = revision;
        this.announcer = announcer;
        canDecide.bind(selected.isNotNull().and(busy.not()).and(manager));
        selected.addListener((obs, old, row) -> problem.set(""));
    }

    /**
     * Reads again after every change (a sync that brought requests or decisions is one), so the badge and
     * the notifications follow even while the screen is not shown. {@code decided} hears of each of the
     * user's requests decided since the first read, once.
     */
    public void watch(java.util.function.Consumer<Row> decided) {
        this.onDecided = decided;
        watching = true;
        revision.revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Reads the inbox if something changed since it was read. */
    public void refreshIfStale() {
        if (readAt != revision.current()) {
            refresh();
        }
    }

    public void refresh() {
        long at = revision.current();
        runner.run(approvals::inbox, inbox -> {
            readAt = at;
            manager.set(inbox.manager());
            toDecide.setAll(rows(inbox.toDecide()));
            mine.setAll(rows(inbox.mine()));
            java.util.Set<UUID> decided = new java.util.HashSet<>();
            inbox.mine().stream().filter(l -> !l.request().isPending()).forEach(l -> decided.add(l.request().id()));
            if (decidedSeen != null) {
                mine.stream().filter(row -> decided.contains(row.id()) && !decidedSeen.contains(row.id()))
                        .forEach(onDecided);
            }
            decidedSeen = decided;
            waiting.set(toDecide.size());
            summary.set(messages.get("approvals.summary", toDecide.size(), mine.size()));
            loaded.set(true);
        }, errors::report);
    }

    private List<Row> rows(List<ListedApproval> listed) {
        return listed.stream().map(l -> new Row(l.request().id(), l.request().opportunityId(), l.dealTitle(),
                l.accountName() == null ? "" : l.accountName(), words.action(l.request().action().kind(),
                l.stageName()), words.percent(l.request().facts().maxDiscount()),
                formats.money(l.request().facts().amount()), l.requestedByName(),
                formats.dateTime(l.request().requestedAt()), l.request().note() == null ? "" : l.request().note(),
                words.status(l.request().status()), words.decision(l.request(), l.decidedByName()))).toList();
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        Row row = selected.get();
        if (row == null || !canDecide.get()) {
            return;
        }
        if (!approve && comment.get().isBlank()) {
            problem.set(messages.get("approval.reject.commentRequired"));
            return;
        }
        String text = comment.get();
        busy.set(true);
        runner.run(() -> approve ? approvals.approve(row.id(), text) : approvals.reject(row.id(), text), done -> {
            busy.set(false);
            comment.set("");
            problem.set("");
            announcer.announce(messages.get(approve ? "approvals.status.approved" : "approvals.status.rejected",
                    row.deal()));
            revision.changed();
            if (!watching) {
                refresh();
            }
        }, failure -> {
            busy.set(false);
            if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
                problem.set(messages.get(violation.violations().get(0).messageKey()));
                refresh();
            } else {
                errors.report(failure);
            }
        });
    }

    public ObservableList<Row> toDecide() {
        return toDecide;
    }

    public ObservableList<Row> mine() {
        return mine;
    }

    public ObjectPropertyOfRow selectedProperty() {
        return selected;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyBooleanProperty managerProperty() {
        return manager.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many requests wait for this manager's decision (0 for a rep). */
    public ReadOnlyObjectProperty<Integer> waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
