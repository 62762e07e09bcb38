package org.fieldbook.ui.activities;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.SearchableComboBox;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.service.ActivityService;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;

/** The activity dialog's fields, bound to {@link ActivityFormViewModel}. */
public final class ActivityFormView implements FormView {
    private final ActivityFormViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;
    private Consumer<ActivityService.Logged> savedListener = logged -> { };
    private boolean existing;

    @FXML private GridPane form;
    @FXML private ComboBox<ActivityType> typeField;
    @FXML private DatePicker dateField;
    @FXML private TextField timeField;
    @FXML private Label whenError;
    @FXML private TextField subjectField;
    @FXML private Label subjectError;
    @FXML private SearchableComboBox<Choice> accountField;
    @FXML private Label accountError;
    @FXML private ComboBox<Choice> contactField;
    @FXML private ComboBox<Choice> opportunityField;
    @FXML private Label locationLabel;
    @FXML private TextField locationField;
    @FXML private CheckBox doneField;
    @FXML private Label outcomeLabel;
    @FXML private TextField outcomeField;
    @FXML private TextArea notesField;
    @FXML private CheckBox nextStepField;
    @FXML private ComboBox<ActivityType> nextTypeField;
    @FXML private DatePicker nextDateField;
    @FXML private TextField nextTimeField;
    @FXML private Label nextWhenError;
    @FXML private TextField nextSubjectField;
    @FXML private Label nextSubjectError;

    public ActivityFormView(ActivityFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        typeField.getItems().setAll(ActivityType.values());
        Pickers.show(typeField, messages::name, "");
        typeField.valueProperty().bindBidirectional(model.typeProperty());
        nextTypeField.getItems().setAll(ActivityType.values());
        Pickers.show(nextTypeField, messages::name, "");
        nextTypeField.valueProperty().bindBidirectional(model.nextTypeProperty());
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        timeField.textProperty().bindBidirectional(model.timeProperty());
        subjectField.textProperty().bindBidirectional(model.subjectProperty());
        accountField.setItems(model.accountChoices());
        accountField.valueProperty().bindBidirectional(model.accountProperty());
        contactField.setItems(model.contactChoices());
        Pickers.show(contactField, Choice::label, messages.get("form.none"));
        contactField.valueProperty().bindBidirectional(model.contactProperty());
        opportunityField.setItems(model.opportunityChoices());
        Pickers.show(opportunityField, Choice::label, messages.get("form.none"));
        opportunityField.valueProperty().bindBidirectional(model.opportunityProperty());
        locationField.textProperty().bindBidirectional(model.locationProperty());
        doneField.selectedProperty().bindBidirectional(model.doneProperty());
        outcomeField.textProperty().bindBidirectional(model.outcomeProperty());
        notesField.textProperty().bindBidirectional(model.notesProperty());
        nextStepField.selectedProperty().bindBidirectional(model.nextStepProperty());
        nextDateField.valueProperty().bindBidirectional(model.nextDateProperty());
        nextTimeField.textProperty().bindBidirectional(model.nextTimeProperty());
        nextSubjectField.textProperty().bindBidirectional(model.nextSubjectProperty());

        var hasPlace = Bindings.createBooleanBinding(() -> model.typeProperty().get() == ActivityType.VISIT
                || model.typeProperty().get() == ActivityType.MEETING, model.typeProperty());
        locationLabel.visibleProperty().bind(hasPlace);
        locationField.visibleProperty().bind(hasPlace);
        outcomeField.disableProperty().bind(model.doneProperty().not());
        outcomeLabel.disableProperty().bind(model.doneProperty().not());
        for (Node next : new Node[] {nextTypeField, nextDateField, nextTimeField, nextSubjectField}) {
            next.disableProperty().bind(model.nextStepProperty().not());
        }

        decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(ActivityFormViewModel.SUBJECT, subjectField, subjectError);
        decorations.bind(ActivityFormViewModel.WHEN, timeField, timeField, whenError);
        decorations.bind(ActivityFormViewModel.ACCOUNT, accountField, accountError);
        decorations.bind(ActivityFormViewModel.NEXT_SUBJECT, nextSubjectField, nextSubjectError);
        decorations.bind(ActivityFormViewModel.NEXT_WHEN, nextTimeField, nextTimeField, nextWhenError);
        form.disableProperty().bind(model.readyProperty().not());
    }

    public void startNew(ActivityContext about) {
        model.startNew(about);
    }

    public void startEdit(UUID id) {
        existing = true;
        model.startEdit(id);
    }

    public void onSaved(Consumer<ActivityService.Logged> listener) {
        savedListener = listener;
    }

    @Override
    public void save(Runnable saved) {
        if (!model.save(savedListener.andThen(logged -> saved.run()))) {
            decorations.showAllAndFocusFirst();
        }
    }

    @Override
    public Parent root() {
        return form;
    }

    @Override
    public String title() {
        return messages.get(!existing ? "activity.form.newTitle" : "activity.form.editTitle");
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return model.busyProperty();
    }

    @Override
    public Node firstField() {
        return subjectField;
    }
}
