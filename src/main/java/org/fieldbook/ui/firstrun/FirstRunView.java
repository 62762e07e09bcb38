package org.fieldbook.ui.firstrun;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;

/** The welcome dialog's content: the user's name and default currency. */
public final class FirstRunView implements FormView {
    private final FirstRunViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;

    @FXML private VBox form;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<String> currencyField;
    @FXML private Label currencyError;

    public FirstRunView(FirstRunViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        currencyField.setItems(model.currencies());
        currencyField.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        decorations = new FieldDecorations(messages, model.errors());
        decorations.bind(FirstRunViewModel.NAME, nameField, nameError);
        decorations.bind(FirstRunViewModel.CURRENCY, currencyField.getEditor(), currencyField, currencyError);
    }

    @Override
    public void save(Runnable saved) {
        if (!model.save(profile -> saved.run())) {
            decorations.showAllAndFocusFirst();
        }
    }

    @Override
    public Parent root() {
        return form;
    }

    @Override
    public String title() {
        return messages.get("firstRun.title");
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
