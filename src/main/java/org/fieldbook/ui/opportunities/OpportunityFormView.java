package org.fieldbook.ui.opportunities;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.SearchableComboBox;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.CustomFieldsPane;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;

/** The opportunity editor's fields, bound to {@link OpportunityFormViewModel}. */
public final class OpportunityFormView implements FormView {
    private final OpportunityFormViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;
    private Consumer<Opportunity> savedListener = opportunity -> { };
    private boolean existing;

    @FXML private GridPane form;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private SearchableComboBox<Choice> accountField;
    @FXML private Label accountError;
    @FXML private ComboBox<Pipeline> pipelineField;
    @FXML private ComboBox<PipelineStage> stageField;
    @FXML private Label stageError;
    @FXML private TextField amountField;
    @FXML private Label amountError;
    @FXML private ComboBox<String> currencyField;
    @FXML private Label currencyError;
    @FXML private DatePicker closeField;
    @FXML private Label closeError;
    @FXML private ComboBox<SalesRep> ownerField;
    @FXML private ComboBox<SourceChannel> sourceField;
    @FXML private Label lostReasonLabel;
    @FXML private TextField lostReasonField;
    @FXML private Label linesLabel;
    @FXML private javafx.scene.layout.VBox linesBox;

    private DealApprovalsViewModel approvals;

    public OpportunityFormView(OpportunityFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(model.titleProperty());
        accountField.setItems(model.accountChoices());
        accountField.valueProperty().bindBidirectional(model.accountProperty());
        pipelineField.setItems(model.pipelineChoices());
        Pickers.show(pipelineField, pipeline -> messages.dataName(pipeline.name()), "");
        pipelineField.valueProperty().bindBidirectional(model.pipelineProperty());
        stageField.setItems(model.stageChoices());
        Pickers.show(stageField, stage -> messages.get("opportunity.stageWithProbability",
                messages.dataName(stage.name()), stage.probability()), "");
        stageField.valueProperty().bindBidirectional(model.stageProperty());
        amountField.textProperty().bindBidirectional(model.amountProperty());
        currencyField.setItems(model.currencies());
        currencyField.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        closeField.valueProperty().bindBidirectional(model.expectedCloseProperty());
        ownerField.setItems(model.owners());
        Pickers.show(ownerField, SalesRep::name, messages.get("form.noOwner"));
        ownerField.valueProperty().bindBidirectional(model.ownerProperty());
        Pickers.enumChoices(sourceField, SourceChannel.values(), messages);
        sourceField.valueProperty().bindBidirectional(model.sourceProperty());
        lostReasonField.textProperty().bindBidirectional(model.lostReasonProperty());
        for (Node node : new Node[] {lostReasonLabel, lostReasonField}) {
            node.visibleProperty().bind(model.lostStageProperty());
            node.managedProperty().bind(model.lostStageProperty());
        }

        LineItemsViewModel lines = model.lineItems();
        if (lines == null) {
            for (Node node : new Node[] {linesLabel, linesBox}) {
                node.setVisible(false);
                node.setManaged(false);
            }
        } else {
            LineItemsPane.fill(linesBox, lines, messages);
            amountField.editableProperty().bind(lines.hasLinesProperty().not());
        }

        decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(OpportunityFormViewModel.TITLE, titleField, titleError);
        decorations.bind(OpportunityFormViewModel.ACCOUNT, accountField, accountError);
        decorations.bind(OpportunityFormViewModel.STAGE, stageField, stageError);
        decorations.bind(OpportunityFormViewModel.AMOUNT, amountField, amountError);
        decorations.bind(OpportunityFormViewModel.CURRENCY, currencyField.getEditor(), currencyField, currencyError);
        decorations.bind(OpportunityFormViewModel.CLOSE, closeField, closeError);
        CustomFieldsPane.attach(form, form.getRowCount(), 4, model.customFields(), messages, decorations);
        form.disableProperty().bind(model.readyProperty().not());
    }

    /** A new opportunity; {@code accountId} (or null) is the account it is for. */
    public void startNew(UUID accountId) {
        model.startNew(accountId);
    }

    public void startEdit(UUID id) {
        existing = true;
        model.startEdit(id);
        if (approvals != null) {
            DealApprovalsPane.attach(form, form.getRowCount(), approvals, messages);
            approvals.load(id, null);
        }
    }

    /** Shows the deal's approval requests and answers when an existing deal is edited. */
    public OpportunityFormView withApprovals(DealApprovalsViewModel dealApprovals) {
        this.approvals = dealApprovals;
        return this;
    }

    public void onSaved(Consumer<Opportunity> listener) {
        this.savedListener = listener;
    }

    @Override
    public void save(Runnable saved) {
        commitTypedDate();
        if (!model.save(savedListener.andThen(opportunity -> saved.run()))) {
            decorations.showAllAndFocusFirst();
        }
    }

    /** A date typed but not yet confirmed with Enter still counts; one that is not a date counts as none. */
    private void commitTypedDate() {
        try {
            closeField.commitValue();
        } catch (java.time.format.DateTimeParseException e) {
            closeField.setValue(null);
        }
    }

    @Override
    public Parent root() {
        return form;
    }

    @Override
    public String title() {
        return messages.get(existing ? "opportunity.form.editTitle" : "opportunity.form.newTitle");
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return model.busyProperty();
    }

    @Override
    public Node firstField() {
        return titleField;
    }
}
