package org.fieldbook.ui.common;

import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.fieldbook.domain.CustomFieldDefinition;

/**
 * A list screen around the table of a {@link RecordListViewModel}: rows sorted by the column headers and
 * filtered by the search; Enter or a double click opens the editor, Delete asks and deletes; a record saved in
 * the editor, or navigated to from another screen, is selected once the rows are there; reading the rows again
 * keeps the user's place. A screen sets up its columns and says how its editor opens.
 *
 * @param <R> the row type of the table
 */
public abstract class RecordListView<R> implements SectionView {
    private final RecordListViewModel<R> model;
    private final Messages messages;
    private final String deleteQuestionKey;
    private final String deleteDetailKey;
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private TableView<R> table;
    private UUID pendingReveal;
    private UUID lastSelected;
    private final java.util.Map<String, Boolean> shownCustomColumns = new java.util.HashMap<>();

    /**
     * {@code deleteQuestionKey} asks about one record by its name ("Delete account “{0}”?"),
     * {@code deleteDetailKey} says what deleting does.
     */
    protected RecordListView(RecordListViewModel<R> model, Messages messages, String deleteQuestionKey,
                             String deleteDetailKey) {
        this.model = model;
        this.messages = messages;
        this.deleteQuestionKey = deleteQuestionKey;
        this.deleteDetailKey = deleteDetailKey;
    }

    /**
     * Fills {@code table} with the model's rows; the screen's {@code initialize} calls it once its columns are
     * set up. {@code emptyKey} is what the table says while there are no records at all.
     */
    protected final void showRows(TableView<R> table, String emptyKey) {
        this.table = table;
        SortedList<R> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> Tables.placeholder(
                model.allRows().isEmpty() ? messages.get(emptyKey)
                        : messages.get("table.noMatch", model.filterProperty().get())),
                model.filterProperty(), model.loadedProperty(), model.summaryProperty()));
        Tables.openAndDelete(table, this::editSelected, this::deleteSelected);
        hasSelection.bind(table.getSelectionModel().selectedItemProperty().isNotNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                lastSelected = model.idOf(row);
            }
        });
        // the custom fields' columns are shown from the table's menu
        table.tableMenuButtonVisibleProperty().bind(Bindings.isNotEmpty(model.customFields()));
        model.customFields().addListener((ListChangeListener<CustomFieldDefinition>) change -> showCustomColumns());
        showCustomColumns();
        model.shownRows().addListener((ListChangeListener<R>) change -> {
            if (pendingReveal == null && table.getSelectionModel().isEmpty()) {
                pendingReveal = lastSelected; // reading the rows again keeps the user's place
            }
            revealPending();
        });
    }

    private void showCustomColumns() {
        List<TableColumn<R, ?>> previous = table.getColumns().stream()
                .filter(c -> c.getStyleClass().contains("custom-column")).toList();
        for (TableColumn<R, ?> column : previous) {
            shownCustomColumns.put((String) column.getUserData(), column.isVisible());
        }
        table.getColumns().removeAll(previous);
        for (CustomFieldDefinition field : model.customFields()) {
            TableColumn<R, String> column = new TableColumn<>(field.label());
            column.getStyleClass().add("custom-column");
            column.setId("custom-column-" + field.key());
            column.setUserData(field.key());
            column.setPrefWidth(130);
            column.setCellValueFactory(c -> constant(CustomFieldText.of(field,
                    model.customValuesOf(c.getValue()).get(field.key()), messages)));
            column.setVisible(shownCustomColumns.getOrDefault(field.key(), false));
            table.getColumns().add(column);
        }
    }

    /** A cell value that never changes: the rows are records, read again as a whole after a change. */
    protected static <T> ObservableValue<T> constant(T value) {
        return new SimpleObjectProperty<>(value);
    }

    /** Opens the editor on the record with {@code id}. */
    protected abstract void edit(UUID id);

    /** Shows {@code form} in a dialog over this screen. */
    protected final void showForm(FormView form) {
        FormDialog.show(window(), messages, form);
    }

    /** After the editor stored the record with {@code id}: reads the rows again and selects it. */
    protected final void readAgainAndSelect(UUID id) {
        pendingReveal = id;
        model.reload();
    }

    @Override
    public void editSelected() {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            edit(model.idOf(row));
        }
    }

    @Override
    public void deleteSelected() {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null && Confirm.delete(window(), messages, messages.get(deleteQuestionKey, model.nameOf(row)),
                messages.get(deleteDetailKey))) {
            model.delete(row);
        }
    }

    @Override
    public void reveal(UUID id) {
        pendingReveal = id;
        revealPending();
    }

    @Override
    public void openRecord(UUID id) {
        reveal(id);
        edit(id);
    }

    private void revealPending() {
        if (pendingReveal == null) {
            return;
        }
        R row = model.find(pendingReveal);
        if (row != null && table.getItems().contains(row)) {
            pendingReveal = null;
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    /** The table; a screen with more beside it returns its own root. */
    @Override
    public Parent root() {
        return table;
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
