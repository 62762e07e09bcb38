package org.fieldbook.ui.accounts;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.ui.common.CustomFieldsPane;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;

/** The account editor's fields, bound to {@link AccountFormViewModel}. */
public final class AccountFormView implements FormView {
    private final AccountFormViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;
    private Consumer<Account> savedListener = account -> { };
    private boolean existing;

    @FXML private GridPane form;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField industryField;
    @FXML private TextField regionField;
    @FXML private ComboBox<SalesRep> ownerField;
    @FXML private TextField employeesField;
    @FXML private Label employeesError;
    @FXML private ComboBox<SourceChannel> sourceField;
    @FXML private TextField websiteField;
    @FXML private Label websiteError;
    @FXML private TextField phoneField;
    @FXML private TextField addressField;
    @FXML private TextField tierField;

    public AccountFormView(AccountFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        industryField.textProperty().bindBidirectional(model.industryProperty());
        regionField.textProperty().bindBidirectional(model.regionProperty());
        employeesField.textProperty().bindBidirectional(model.employeesProperty());
        websiteField.textProperty().bindBidirectional(model.websiteProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        addressField.textProperty().bindBidirectional(model.addressProperty());
        tierField.textProperty().bindBidirectional(model.tierProperty());
        ownerField.setItems(model.owners());
        Pickers.show(ownerField, SalesRep::name, messages.get("form.noOwner"));
        ownerField.valueProperty().bindBidirectional(model.ownerProperty());
        Pickers.enumChoices(sourceField, SourceChannel.values(), messages);
        sourceField.valueProperty().bindBidirectional(model.sourceProperty());

        decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(AccountFormViewModel.NAME, nameField, nameError);
        decorations.bind(AccountFormViewModel.EMPLOYEES, employeesField, employeesError);
        decorations.bind(AccountFormViewModel.WEBSITE, websiteField, websiteError);
        CustomFieldsPane.attach(form, form.getRowCount(), 4, model.customFields(), messages, decorations);
        form.disableProperty().bind(model.readyProperty().not());
    }

    public void startNew() {
        model.startNew();
    }

    public void startEdit(UUID id) {
        existing = true;
        model.startEdit(id);
    }

    /** Called with each account this form stores. */
    public void onSaved(Consumer<Account> listener) {
        this.savedListener = listener;
    }

    @Override
    public void save(Runnable saved) {
        if (!model.save(savedListener.andThen(account -> saved.run()))) {
            decorations.showAllAndFocusFirst();
        }
    }

    @Override
    public Parent root() {
        return form;
    }

    @Override
    public String title() {
        return messages.get(existing ? "account.form.editTitle" : "account.form.newTitle");
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
