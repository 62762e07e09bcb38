package org.fieldbook.ui.contacts;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.ui.common.Confirm;
import org.fieldbook.ui.common.FormDialog;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.ViewLoader;

/** The contacts screen: a sortable, filterable table of every contact. */
public final class ContactsView implements SectionView {
    private final ContactsViewModel model;
    private final ViewLoader loader;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private UUID pendingReveal;
    private UUID lastSelected;

    @FXML private TableView<ContactSummary> contactsTable;
    @FXML private TableColumn<ContactSummary, String> nameColumn;
    @FXML private TableColumn<ContactSummary, String> titleColumn;
    @FXML private TableColumn<ContactSummary, String> accountColumn;
    @FXML private TableColumn<ContactSummary, String> emailColumn;
    @FXML private TableColumn<ContactSummary, String> phoneColumn;

    public ContactsView(ContactsViewModel model, ViewLoader loader) {
        this.model = model;
        this.loader = loader;
        this.messages = loader.messages();
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> constant(c.getValue().contact().name()));
        titleColumn.setCellValueFactory(c -> constant(c.getValue().contact().title()));
        accountColumn.setCellValueFactory(c -> constant(c.getValue().accountName()));
        emailColumn.setCellValueFactory(c -> constant(c.getValue().contact().primaryEmail()));
        phoneColumn.setCellValueFactory(c -> constant(c.getValue().contact().primaryPhone()));

        SortedList<ContactSummary> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(contactsTable.comparatorProperty());
        contactsTable.setItems(sorted);
        contactsTable.getSortOrder().add(nameColumn);
        contactsTable.placeholderProperty().bind(Bindings.createObjectBinding(() -> Tables.placeholder(
                model.allRows().isEmpty() ? messages.get("contacts.empty")
                        : messages.get("table.noMatch", model.filterProperty().get())),
                model.filterProperty(), model.loadedProperty(), model.summaryProperty()));
        Tables.openAndDelete(contactsTable, this::editSelected, this::deleteSelected);
        hasSelection.bind(contactsTable.getSelectionModel().selectedItemProperty().isNotNull());
        contactsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                lastSelected = row.contact().id();
            }
        });
        model.shownRows().addListener((ListChangeListener<ContactSummary>) change -> {
            if (pendingReveal == null && contactsTable.getSelectionModel().isEmpty()) {
                pendingReveal = lastSelected; // reading the rows again keeps the user's place
            }
            revealPending();
        });
    }

    private static <T> SimpleObjectProperty<T> constant(T value) {
        return new SimpleObjectProperty<>(value);
    }

    @Override
    public void newRecord() {
        ContactFormView form = loader.load(ContactFormView.class).controller();
        form.startNew(null);
        showForm(form);
    }

    @Override
    public void editSelected() {
        ContactSummary row = contactsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            ContactFormView form = loader.load(ContactFormView.class).controller();
            form.startEdit(row.contact().id());
            showForm(form);
        }
    }

    private void showForm(ContactFormView form) {
        form.onSaved(saved -> {
            pendingReveal = saved.id();
            model.reload();
        });
        FormDialog.show(window(), messages, form);
    }

    @Override
    public void deleteSelected() {
        ContactSummary row = contactsTable.getSelectionModel().getSelectedItem();
        if (row != null && Confirm.delete(window(), messages,
                messages.get("contacts.delete.question", row.contact().name()),
                messages.get("contacts.delete.detail"))) {
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
        ContactSummary row = model.find(pendingReveal);
        if (row != null && contactsTable.getItems().contains(row)) {
            pendingReveal = null;
            contactsTable.getSelectionModel().select(row);
            contactsTable.scrollTo(row);
        }
    }

    private Window window() {
        return contactsTable.getScene() == null ? null : contactsTable.getScene().getWindow();
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void focusTable() {
        contactsTable.requestFocus();
    }

    @Override
    public Parent root() {
        return contactsTable;
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
