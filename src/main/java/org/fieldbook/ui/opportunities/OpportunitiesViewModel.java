package org.fieldbook.ui.opportunities;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.RecordListViewModel;
import org.fieldbook.ui.common.UndoStack;

/** The opportunities screen: every opportunity with its account, stage and owner, and the search. */
public final class OpportunitiesViewModel extends RecordListViewModel<OpportunitySummary> {
    private final OpportunityService opportunities;
    private final Messages messages;

    public OpportunitiesViewModel(OpportunityService opportunities, BackgroundRunner runner, ErrorReporter errors,
                                  Messages messages, UndoStack undo, DataRevision revision, Announcer announcer) {
        super(runner, errors, messages, undo, revision, announcer, new Wording("opportunities.summary",
                "opportunities.summaryFiltered", "undo.deleteOpportunity", "status.deletedOpportunity"));
        this.opportunities = opportunities;
        this.messages = messages;
    }

    @Override
    protected List<OpportunitySummary> read() {
        return opportunities.list();
    }

    @Override
    protected UUID idOf(OpportunitySummary row) {
        return row.opportunity().id();
    }

    @Override
    protected String nameOf(OpportunitySummary row) {
        return row.opportunity().title();
    }

    /** Stages and statuses are found by the names the table shows as well as by their stored ones. */
    @Override
    protected String[] searchedText(OpportunitySummary row) {
        var opportunity = row.opportunity();
        return new String[] {opportunity.title(), row.accountName(), row.stageName(),
            messages.dataName(row.stageName()), row.ownerName(), messages.name(opportunity.status())};
    }

    @Override
    protected void moveToTrash(UUID id) {
        opportunities.delete(id, opportunities.edit(id).versions());
    }

    @Override
    protected void restore(UUID id) {
        opportunities.restore(id);
    }
}
