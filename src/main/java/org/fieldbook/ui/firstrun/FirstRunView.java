package org.fieldbook.ui.firstrun;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import javafx.scene.layout.VBox;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.FormView;
import org.fieldbook.ui.common.Messages;

/** The welcome dialog's content: the user's name, language, default currency and how to begin. */
public final class FirstRunView implements FormView {
    private final FirstRunViewModel model;
    private final Messages messages;
    private FieldDecorations decorations;

    @FXML private VBox form;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<String> currencyField;
    @FXML private Label currencyError;
    @FXML private ComboBox<Locale> languageField;
    @FXML private RadioButton startEmpty;
    @FXML private RadioButton startDemo;
    @FXML private RadioButton startTeam;

    public FirstRunView(FirstRunViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        currencyField.setItems(model.currencies());
        currencyField.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        languageField.getItems().setAll(FirstRunViewModel.LANGUAGES);
        languageField.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale language) {
                // each language by its own name; Locale's "中文 (中国)" and "中文 (台灣)" do not say which script
                if (language == null) {
                    return "";
                }
                return language.equals(Locale.SIMPLIFIED_CHINESE) ? "简体中文"
                        : language.equals(Locale.TRADITIONAL_CHINESE) ? "繁體中文" : language.getDisplayName(language);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        languageField.valueProperty().bindBidirectional(model.languageProperty());
        ToggleGroup start = new ToggleGroup();
        Map<RadioButton, FirstRunViewModel.StartWith> choices = Map.of(startEmpty, FirstRunViewModel.StartWith.EMPTY,
                startDemo, FirstRunViewModel.StartWith.DEMO_DATA, startTeam, FirstRunViewModel.StartWith.JOIN_TEAM);
        choices.forEach((button, choice) -> {
            button.setToggleGroup(start);
            button.setSelected(model.startWithProperty().get() == choice);
        });
        start.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.startWithProperty().set(choices.get((RadioButton) chosen));
            }
        });
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

    /** The language and the way to begin, once saved. */
    public FirstRunViewModel.Answers answers() {
        return model.answers();
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
