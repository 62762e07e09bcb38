package org.fieldbook.ui.leads;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.service.LeadService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.RecordListViewModel;
import org.fieldbook.ui.common.UndoStack;

/** The leads inbox: every lead, newest first, and the ones matching the search. */
public final class LeadsViewModel extends RecordListViewModel<LeadSummary> {
    private final LeadService leads;
    private final Messages messages;

    public LeadsViewModel(LeadService leads, BackgroundRunner runner, ErrorReporter errors, Messages messages,
                          UndoStack undo, DataRevision revision, Announcer announcer) {
        super(runner, errors, messages, undo, revision, announcer, new Wording("leads.summary",
                "leads.summaryFiltered", "undo.deleteLead", "status.deletedLead"));
        this.leads = leads;
        this.messages = messages;
    }

    @Override
    protected List<LeadSummary> read() {
        return leads.list();
    }

    @Override
    protected UUID idOf(LeadSummary row) {
        return row.lead().id();
    }

    @Override
    protected String nameOf(LeadSummary row) {
        return row.lead().name();
    }

    @Override
    protected String[] searchedText(LeadSummary row) {
        Lead lead = row.lead();
        return new String[] {lead.name(), lead.company(), lead.email(), lead.phone(),
            ChannelChoice.labelOf(lead, messages), messages.name(lead.status()), row.ownerName()};
    }

    @Override
    protected void moveToTrash(UUID id) {
        leads.delete(id, leads.edit(id).versions());
    }

    @Override
    protected void restore(UUID id) {
        leads.restore(id);
    }
}
