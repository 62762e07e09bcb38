package org.fieldbook.ui.opportunities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.FollowUpMenu;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.RecordListView;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.ViewLoader;

/** The opportunities screen: a sortable, filterable table of every opportunity. */
public final class OpportunitiesView extends RecordListView<OpportunitySummary> {
    private static final Comparator<Money> BY_AMOUNT = Comparator.comparing(Money::amount)
            .thenComparing(Money::currency);

    private final ViewLoader loader;
    private final Messages messages;
    private final Formats formats;

    @FXML private TableView<OpportunitySummary> opportunitiesTable;
    @FXML private TableColumn<OpportunitySummary, String> titleColumn;
    @FXML private TableColumn<OpportunitySummary, String> accountColumn;
    @FXML private TableColumn<OpportunitySummary, String> stageColumn;
    @FXML private TableColumn<OpportunitySummary, Money> amountColumn;
    @FXML private TableColumn<OpportunitySummary, LocalDate> closeColumn;
    @FXML private TableColumn<OpportunitySummary, String> ownerColumn;
    @FXML private TableColumn<OpportunitySummary, OpportunityStatus> statusColumn;

    private FollowUp followUp = FollowUp.NONE;
    private final OpportunitiesViewModel model;

    public OpportunitiesView(OpportunitiesViewModel model, ViewLoader loader, Formats formats) {
        super(model, loader.messages(), "opportunities.delete.question", "opportunities.delete.detail");
        this.loader = loader;
        this.messages = loader.messages();
        this.formats = formats;
        this.model = model;
    }

    public OpportunitiesView(OpportunitiesViewModel model, ViewLoader loader, Formats formats, FollowUp followUp) {
        this(model, loader, formats);
        this.followUp = followUp;
    }

    @FXML
    private void initialize() {
        titleColumn.setCellValueFactory(c -> constant(c.getValue().opportunity().title()));
        accountColumn.setCellValueFactory(c -> constant(c.getValue().accountName()));
        stageColumn.setCellValueFactory(c -> constant(messages.dataName(c.getValue().stageName())));
        amountColumn.setCellValueFactory(c -> constant(c.getValue().opportunity().amount()));
        amountColumn.setComparator(Comparator.nullsFirst(BY_AMOUNT));
        Tables.formatted(amountColumn, formats::money);
        closeColumn.setCellValueFactory(c -> constant(c.getValue().opportunity().expectedClose()));
        Tables.formatted(closeColumn, formats::date);
        ownerColumn.setCellValueFactory(c -> constant(c.getValue().ownerName()));
        statusColumn.setCellValueFactory(c -> constant(c.getValue().opportunity().status()));
        statusColumn.setCellFactory(column -> new StatusCell());

        showRows(opportunitiesTable, "opportunities.empty");
        FollowUpMenu.attach(opportunitiesTable, messages, followUp, new FollowUpMenu.Rows<OpportunitySummary>(
                row -> new ActivityContext(row.opportunity().accountId(), null, row.opportunity().id(), null, null),
                FollowUp.Subject.OPPORTUNITY, row -> row.opportunity().id(), row -> row.opportunity().title(), true),
                model::reload);
    }

    /** The status as a coloured word: won and lost read at a glance. */
    private final class StatusCell extends TableCell<OpportunitySummary, OpportunityStatus> {
        @Override
        protected void updateItem(OpportunityStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty || status == null ? null : messages.name(status));
            for (OpportunityStatus each : OpportunityStatus.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase(java.util.Locale.ROOT)),
                        !empty && each == status);
            }
        }
    }

    @Override
    public void newRecord() {
        OpportunityFormView form = editor();
        form.startNew(null);
        showForm(form);
    }

    @Override
    protected void edit(UUID id) {
        OpportunityFormView form = editor();
        form.startEdit(id);
        showForm(form);
    }

    private OpportunityFormView editor() {
        OpportunityFormView form = loader.load(OpportunityFormView.class).controller();
        form.onSaved(opportunity -> readAgainAndSelect(opportunity.id()));
        return form;
    }
}
