package org.fieldbook.ui.leads;

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
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.ui.common.CustomFieldsPane;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;

/** The lead editor's fields, bound to {@link LeadFormViewModel}. */
public final class LeadFormView implements FormView {
    private final LeadFormViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;
    private Consumer<Lead> savedListener = lead -> { };
    private boolean existing;

    @FXML private GridPane form;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField companyField;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private TextField phoneField;
    @FXML private ComboBox<ChannelChoice> channelField;
    @FXML private ComboBox<LeadStatus> statusField;
    @FXML private TextField scoreField;
    @FXML private Label scoreError;
    @FXML private ComboBox<SalesRep> ownerField;
    @FXML private TextField regionField;
    @FXML private Label assignedByLabel;

    public LeadFormView(LeadFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        companyField.textProperty().bindBidirectional(model.companyProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        scoreField.textProperty().bindBidirectional(model.scoreProperty());
        channelField.setItems(model.channels());
        Pickers.show(channelField, choice -> choice.label(messages), messages.get("form.none"));
        channelField.valueProperty().bindBidirectional(model.channelProperty());
        statusField.setItems(model.statuses());
        Pickers.show(statusField, messages::name, messages.get("form.none"));
        statusField.valueProperty().bindBidirectional(model.statusProperty());
        statusField.disableProperty().bind(model.convertedProperty());
        ownerField.setItems(model.owners());
        Pickers.show(ownerField, SalesRep::name, messages.get("form.noOwner"));
        ownerField.valueProperty().bindBidirectional(model.ownerProperty());
        regionField.textProperty().bindBidirectional(model.regionProperty());
        assignedByLabel.textProperty().bind(model.assignedByProperty());
        assignedByLabel.visibleProperty().bind(model.assignedByProperty().isNotEmpty());

        decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(LeadFormViewModel.NAME, nameField, nameError);
        decorations.bind(LeadFormViewModel.EMAIL, emailField, emailError);
        decorations.bind(LeadFormViewModel.SCORE, scoreField, scoreError);
        CustomFieldsPane.attach(form, 5, 4, model.customFields(), messages, decorations);
        form.disableProperty().bind(model.readyProperty().not());
    }

    public void startNew() {
        model.startNew();
    }

    public void startEdit(UUID id) {
        existing = true;
        model.startEdit(id);
    }

    public void onSaved(Consumer<Lead> listener) {
        this.savedListener = listener;
    }

    @Override
    public void save(Runnable saved) {
        if (!model.save(savedListener.andThen(lead -> saved.run()))) {
            decorations.showAllAndFocusFirst();
        }
    }

    @Override
    public Parent root() {
        return form;
    }

    @Override
    public String title() {
        return messages.get(existing ? "lead.form.editTitle" : "lead.form.newTitle");
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
