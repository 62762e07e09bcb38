package org.fieldbook.ui.opportunities;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalNeed;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.ListedApproval;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.ApprovalService;
import org.fieldbook.ui.common.ApprovalWords;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * A deal's approvals in its editor: each request with its answer, and, when a rule holds its quote back, the
 * way to ask for approval.
 */
public final class DealApprovalsViewModel {
    /** One request as a line: what was asked with its facts, and what became of it. */
    public record Line(String text, ApprovalStatus status) {
    }

    private final ApprovalService approvals;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ApprovalWords words;
    private final DataRevision revision;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper quoteNeed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRequestQuote = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper relevant = new ReadOnlyBooleanWrapper();
    private UUID opportunityId;
    private String dealTitle = "";

    public DealApprovalsViewModel(ApprovalService approvals, BackgroundRunner runner, ErrorReporter errors,
                                  Messages messages, Formats formats, DataRevision revision) {
        this.approvals = approvals;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.words = new ApprovalWords(messages, formats);
        this.revision = revision;
    }

    private record Loaded(List<ListedApproval> requests, ApprovalNeed quote) {
    }

    public void load(UUID opportunity, String title) {
        this.opportunityId = opportunity;
        this.dealTitle = title == null ? "" : title;
        runner.run(() -> new Loaded(approvals.ofOpportunity(opportunity),
                approvals.needed(opportunity, ApprovalAction.quote())), loaded -> {
            lines.setAll(loaded.requests().stream().map(l -> new Line(words.action(l.request().action().kind(),
                    l.stageName()) + " · " + words.facts(l.request()) + " — "
                    + words.decision(l.request(), l.decidedByName()), l.request().status())).toList());
            ApprovalNeed need = loaded.quote();
            boolean held = need.required() && need.pending().isEmpty();
            quoteNeed.set(held ? messages.get("opportunity.approvals.quoteNeeded", need.firing().stream()
                    .map(words::rule).collect(java.util.stream.Collectors.joining("; "))) : "");
            canRequestQuote.set(held);
            relevant.set(!lines.isEmpty() || held);
        }, errors::report);
    }

    /** Asks a manager to approve a quote of the deal with its facts now. */
    public void requestQuoteApproval() {
        if (opportunityId == null || !canRequestQuote.get()) {
            return;
        }
        canRequestQuote.set(false);
        UUID id = opportunityId;
        runner.run(() -> approvals.request(id, ApprovalAction.quote(), null), request -> {
            revision.changed();
            load(id, dealTitle);
        }, failure -> {
            if (failure instanceof RuleViolation violation && !violation.violations().isEmpty()) {
                quoteNeed.set(messages.get(violation.violations().get(0).messageKey()));
            } else {
                errors.report(failure);
            }
            load(id, dealTitle);
        });
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** Why a quote waits, or empty. */
    public ReadOnlyStringProperty quoteNeedProperty() {
        return quoteNeed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRequestQuoteProperty() {
        return canRequestQuote.getReadOnlyProperty();
    }

    /** False while there is nothing to show: no request, and no rule holding the quote back. */
    public ReadOnlyBooleanProperty relevantProperty() {
        return relevant.getReadOnlyProperty();
    }
}
