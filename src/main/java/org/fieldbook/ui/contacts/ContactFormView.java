package org.fieldbook.ui.contacts;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.SearchableComboBox;
import org.fieldbook.domain.Contact;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.CustomFieldsPane;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;

/** The contact editor's fields, bound to {@link ContactFormViewModel}. */
public final class ContactFormView implements FormView {
    private final ContactFormViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;
    private Consumer<Contact> savedListener = contact -> { };
    private boolean existing;

    @FXML private GridPane form;
    @FXML private SearchableComboBox<Choice> accountField;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField titleField;
    @FXML private TextField departmentField;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private TextField phoneField;
    @FXML private TextArea notesField;

    public ContactFormView(ContactFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        accountField.setItems(model.accountChoices());
        accountField.valueProperty().bindBidirectional(model.accountProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        titleField.textProperty().bindBidirectional(model.jobTitleProperty());
        departmentField.textProperty().bindBidirectional(model.departmentProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        notesField.textProperty().bindBidirectional(model.notesProperty());

        decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(ContactFormViewModel.NAME, nameField, nameError);
        decorations.bind(ContactFormViewModel.EMAIL, emailField, emailError);
        CustomFieldsPane.attach(form, form.getRowCount(), 4, model.customFields(), messages, decorations);
        form.disableProperty().bind(model.readyProperty().not());
    }

    /** A new contact; {@code accountId} (or null) is the account it starts in. */
    public void startNew(UUID accountId) {
        model.startNew(accountId);
    }

    public void startEdit(UUID id) {
        existing = true;
        model.startEdit(id);
    }

    public void onSaved(Consumer<Contact> listener) {
        this.savedListener = listener;
    }

    @Override
    public void save(Runnable saved) {
        if (!model.save(savedListener.andThen(contact -> saved.run()))) {
            decorations.showAllAndFocusFirst();
        }
    }

    @Override
    public Parent root() {
        return form;
    }

    @Override
    public String title() {
        return messages.get(existing ? "contact.form.editTitle" : "contact.form.newTitle");
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return model.busyProperty();
    }

    @Override
    public Node firstField() {
        return nameField;
    }
}
