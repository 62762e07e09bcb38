package org.fieldbook.ui.opportunities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.ui.common.Confirm;
import org.fieldbook.ui.common.FormDialog;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.ViewLoader;

/** The opportunities screen: a sortable, filterable table of every opportunity. */
public final class OpportunitiesView implements SectionView {
    private static final Comparator<Money> BY_AMOUNT = Comparator.comparing(Money::amount)
            .thenComparing(Money::currency);

    private final OpportunitiesViewModel model;
    private final ViewLoader loader;
    private final Messages messages;
    private final Formats formats;
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private UUID pendingReveal;
    private UUID lastSelected;

    @FXML private TableView<OpportunitySummary> opportunitiesTable;
    @FXML private TableColumn<OpportunitySummary, String> titleColumn;
    @FXML private TableColumn<OpportunitySummary, String> accountColumn;
    @FXML private TableColumn<OpportunitySummary, String> stageColumn;
    @FXML private TableColumn<OpportunitySummary, Money> amountColumn;
    @FXML private TableColumn<OpportunitySummary, LocalDate> closeColumn;
    @FXML private TableColumn<OpportunitySummary, String> ownerColumn;
    @FXML private TableColumn<OpportunitySummary, OpportunityStatus> statusColumn;

    public OpportunitiesView(OpportunitiesViewModel model, ViewLoader loader, Formats formats) {
        this.model = model;
        this.loader = loader;
        this.messages = loader.messages();
        this.formats = formats;
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

        SortedList<OpportunitySummary> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(opportunitiesTable.comparatorProperty());
        opportunitiesTable.setItems(sorted);
        opportunitiesTable.placeholderProperty().bind(Bindings.createObjectBinding(() -> Tables.placeholder(
                model.allRows().isEmpty() ? messages.get("opportunities.empty")
                        : messages.get("table.noMatch", model.filterProperty().get())),
                model.filterProperty(), model.loadedProperty(), model.summaryProperty()));
        Tables.openAndDelete(opportunitiesTable, this::editSelected, this::deleteSelected);
        hasSelection.bind(opportunitiesTable.getSelectionModel().selectedItemProperty().isNotNull());
        opportunitiesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                lastSelected = row.opportunity().id();
            }
        });
        model.shownRows().addListener((ListChangeListener<OpportunitySummary>) change -> {
            if (pendingReveal == null && opportunitiesTable.getSelectionModel().isEmpty()) {
                pendingReveal = lastSelected; // reading the rows again keeps the user's place
            }
            revealPending();
        });
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

    private static <T> SimpleObjectProperty<T> constant(T value) {
        return new SimpleObjectProperty<>(value);
    }

    @Override
    public void newRecord() {
        OpportunityFormView form = loader.load(OpportunityFormView.class).controller();
        form.startNew(null);
        showForm(form);
    }

    @Override
    public void editSelected() {
        OpportunitySummary row = opportunitiesTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            OpportunityFormView form = loader.load(OpportunityFormView.class).controller();
            form.startEdit(row.opportunity().id());
            showForm(form);
        }
    }

    private void showForm(OpportunityFormView form) {
        form.onSaved(saved -> {
            pendingReveal = saved.id();
            model.reload();
        });
        FormDialog.show(window(), messages, form);
    }

    @Override
    public void deleteSelected() {
        OpportunitySummary row = opportunitiesTable.getSelectionModel().getSelectedItem();
        if (row != null && Confirm.delete(window(), messages,
                messages.get("opportunities.delete.question", row.opportunity().title()),
                messages.get("opportunities.delete.detail"))) {
            model.delete(row);
        }
    }

    @Override
    public void reveal(UUID id) {
        pendingReveal = id;
        revealPending();
    }

    private void revealPending() {
        if (pendingReveal == null) {
            return;
        }
        OpportunitySummary row = model.find(pendingReveal);
        if (row != null && opportunitiesTable.getItems().contains(row)) {
            pendingReveal = null;
            opportunitiesTable.getSelectionModel().select(row);
            opportunitiesTable.scrollTo(row);
        }
    }

    private Window window() {
        return opportunitiesTable.getScene() == null ? null : opportunitiesTable.getScene().getWindow();
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void focusTable() {
        opportunitiesTable.requestFocus();
    }

    @Override
    public Parent root() {
        return opportunitiesTable;
    }

    @Override
    public StringProperty filterProperty() {
        return model.filterProperty();
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return model.summaryProperty();
    }

    @Override
    public ReadOnlyBooleanProperty loadedProperty() {
        return model.loadedProperty();
    }

    @Override
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }
}
