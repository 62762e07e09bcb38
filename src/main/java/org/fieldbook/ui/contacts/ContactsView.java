package org.fieldbook.ui.contacts;

import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.ui.common.RecordListView;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.FollowUpMenu;
import org.fieldbook.ui.common.ViewLoader;

/** The contacts screen: a sortable, filterable table of every contact. */
public final class ContactsView extends RecordListView<ContactSummary> {
    private final ViewLoader loader;

    @FXML private TableView<ContactSummary> contactsTable;
    @FXML private TableColumn<ContactSummary, String> nameColumn;
    @FXML private TableColumn<ContactSummary, String> titleColumn;
    @FXML private TableColumn<ContactSummary, String> accountColumn;
    @FXML private TableColumn<ContactSummary, String> emailColumn;
    @FXML private TableColumn<ContactSummary, String> phoneColumn;

    private FollowUp followUp = FollowUp.NONE;
    private final ContactsViewModel model;

    public ContactsView(ContactsViewModel model, ViewLoader loader) {
        super(model, loader.messages(), "contacts.delete.question", "contacts.delete.detail");
        this.loader = loader;
        this.model = model;
    }

    public ContactsView(ContactsViewModel model, ViewLoader loader, FollowUp followUp) {
        this(model, loader);
        this.followUp = followUp;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> constant(c.getValue().contact().name()));
        titleColumn.setCellValueFactory(c -> constant(c.getValue().contact().title()));
        accountColumn.setCellValueFactory(c -> constant(c.getValue().accountName()));
        emailColumn.setCellValueFactory(c -> constant(c.getValue().contact().primaryEmail()));
        phoneColumn.setCellValueFactory(c -> constant(c.getValue().contact().primaryPhone()));
        showRows(contactsTable, "contacts.empty");
        contactsTable.getSortOrder().add(nameColumn);
        FollowUpMenu.attach(contactsTable, loader.messages(), followUp, new FollowUpMenu.Rows<ContactSummary>(
                row -> new ActivityContext(row.contact().accountId(), row.contact().id(), null, null, null),
                FollowUp.Subject.CONTACT, row -> row.contact().id(), row -> row.contact().name(), false),
                model::reload);
    }

    @Override
    public void newRecord() {
        ContactFormView form = editor();
        form.startNew(null);
        showForm(form);
    }

    @Override
    protected void edit(UUID id) {
        ContactFormView form = editor();
        form.startEdit(id);
        showForm(form);
    }

    private ContactFormView editor() {
        ContactFormView form = loader.load(ContactFormView.class).controller();
        form.onSaved(contact -> readAgainAndSelect(contact.id()));
        return form;
    }
}
