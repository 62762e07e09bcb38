package org.fieldbook.ui.opportunities;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableChange;

/** The opportunities screen: every opportunity with its account, stage and owner, and the search. */
public final class OpportunitiesViewModel {
    private final OpportunityService opportunities;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;

    private final ObservableList<OpportunitySummary> rows = FXCollections.observableArrayList();
    private final FilteredList<OpportunitySummary> shownRows = new FilteredList<>(rows, row -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private long readAtRevision = -1;

    public OpportunitiesViewModel(OpportunityService opportunities, BackgroundRunner runner, ErrorReporter errors,
                                  Messages messages, UndoStack undo, DataRevision revision, Announcer announcer) {
        this.opportunities = opportunities;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
        filter.addListener((obs, old, text) -> applyFilter(text));
        updateSummary();
    }

    public void shown() {
        if (readAtRevision != revision.current()) {
            reload();
        }
    }

    public void reload() {
        long asOf = revision.current();
        runner.run(opportunities::list, list -> {
            readAtRevision = asOf;
            rows.setAll(list);
            updateSummary();
            loaded.set(true);
        }, errors::report);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        shownRows.setPredicate(needle.isEmpty() ? row -> true : row -> matches(row, needle));
        updateSummary();
    }

    boolean matches(OpportunitySummary row, String needle) {
        var opportunity = row.opportunity();
        for (String value : new String[] {opportunity.title(), row.accountName(), row.stageName(),
                messages.dataName(row.stageName()), row.ownerName(), messages.name(opportunity.status())}) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private void updateSummary() {
        summary.set(shownRows.size() == rows.size()
                ? messages.get("opportunities.summary", rows.size())
                : messages.get("opportunities.summaryFiltered", shownRows.size(), rows.size()));
    }

    /** Moves the opportunity to the trash; Ctrl+Z restores it. */
    public void delete(OpportunitySummary row) {
        UUID id = row.opportunity().id();
        String title = row.opportunity().title();
        runner.run(() -> {
            opportunities.delete(id, opportunities.edit(id).versions());
            return title;
        }, deleted -> {
            undo.push(UndoableChange.of(messages.get("undo.deleteOpportunity", title),
                    () -> opportunities.restore(id)));
            announcer.announce(messages.get("status.deletedOpportunity", title));
            revision.changed();
            reload();
        }, failure -> {
            errors.report(failure);
            reload();
        });
    }

    public OpportunitySummary find(UUID id) {
        return rows.stream().filter(row -> row.opportunity().id().equals(id)).findFirst().orElse(null);
    }

    public FilteredList<OpportunitySummary> shownRows() {
        return shownRows;
    }

    public List<OpportunitySummary> allRows() {
        return rows;
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
