package org.fieldbook.ui.leads;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.service.LeadService;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;

/** The conversion dialog's fields, bound to {@link ConvertLeadViewModel}. */
public final class ConvertLeadView implements FormView {
    private final ConvertLeadViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;
    private Consumer<LeadService.Converted> convertedListener = done -> { };

    @FXML private GridPane form;
    @FXML private Label leadLabel;
    @FXML private RadioButton linkExistingChoice;
    @FXML private RadioButton newAccountChoice;
    @FXML private ComboBox<Choice> existingAccountField;
    @FXML private TextField newAccountField;
    @FXML private Label accountError;
    @FXML private Label noMatchLabel;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private TextField amountField;
    @FXML private Label currencyLabel;
    @FXML private Label amountError;
    @FXML private DatePicker closeField;
    @FXML private Label closeError;
    @FXML private ComboBox<Pipeline> pipelineField;
    @FXML private Label pipelineError;

    public ConvertLeadView(ConvertLeadViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        leadLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("lead.convert.intro", model.leadNameProperty().get()), model.leadNameProperty()));
        ToggleGroup accountChoice = new ToggleGroup();
        linkExistingChoice.setToggleGroup(accountChoice);
        newAccountChoice.setToggleGroup(accountChoice);
        linkExistingChoice.disableProperty().bind(model.hasMatchProperty().not());
        noMatchLabel.visibleProperty().bind(model.hasMatchProperty().not().and(model.readyProperty()));
        noMatchLabel.managedProperty().bind(noMatchLabel.visibleProperty());
        model.linkExistingProperty().addListener((obs, old, link) -> (link ? linkExistingChoice : newAccountChoice)
                .setSelected(true));
        newAccountChoice.setSelected(true);
        linkExistingChoice.selectedProperty().addListener((obs, old, selected) ->
                model.linkExistingProperty().set(selected));
        existingAccountField.setItems(model.matches());
        existingAccountField.valueProperty().bindBidirectional(model.existingAccountProperty());
        existingAccountField.disableProperty().bind(model.linkExistingProperty().not());
        newAccountField.textProperty().bindBidirectional(model.newAccountNameProperty());
        newAccountField.disableProperty().bind(model.linkExistingProperty());
        titleField.textProperty().bindBidirectional(model.titleProperty());
        amountField.textProperty().bindBidirectional(model.amountProperty());
        currencyLabel.textProperty().bind(model.currencyProperty());
        closeField.valueProperty().bindBidirectional(model.expectedCloseProperty());
        pipelineField.setItems(model.pipelineChoices());
        Pickers.show(pipelineField, p -> messages.dataName(p.name()), messages.get("form.none"));
        pipelineField.valueProperty().bindBidirectional(model.pipelineProperty());

        decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(ConvertLeadViewModel.ACCOUNT, newAccountField, accountError);
        decorations.bind(ConvertLeadViewModel.TITLE, titleField, titleError);
        decorations.bind(ConvertLeadViewModel.AMOUNT, amountField, amountError);
        decorations.bind(ConvertLeadViewModel.CLOSE, closeField, closeError);
        decorations.bind(ConvertLeadViewModel.PIPELINE, pipelineField, pipelineError);
        form.disableProperty().bind(model.readyProperty().not());
    }

    public void start(UUID leadId) {
        model.start(leadId);
    }

    public void onConverted(Consumer<LeadService.Converted> listener) {
        this.convertedListener = listener;
    }

    @Override
    public void save(Runnable saved) {
        if (!model.convert(convertedListener.andThen(done -> saved.run()))) {
            decorations.showAllAndFocusFirst();
        }
    }

    @Override
    public Parent root() {
        return form;
    }

    @Override
    public String title() {
        return messages.get("lead.convert.title");
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return model.busyProperty();
    }

    @Override
    public Node firstField() {
        return amountField;
    }
}
