package org.fieldbook.ui.security;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.service.EncryptionService;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;
import org.fieldbook.ui.common.WindowFit;
import org.fieldbook.ui.security.SecurityViewModel.Action;

/** Edit › Security…: what the database's encryption is, and turning it on, changing its passphrase, turning it off. */
public final class SecurityDialog {
    private final SecurityViewModel model;
    private final Messages messages;
    private final PasswordField current = field("currentPassphraseField");
    private final PasswordField next = field("newPassphraseField");
    private final PasswordField repeated = field("repeatPassphraseField");

    public SecurityDialog(SecurityViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Dialog<ButtonType> show(Window owner, Runnable announce) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("security.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.initOwner(owner);
        dialog.getDialogPane().setId("securityDialog");
        dialog.getDialogPane().getStyleClass().add("form-dialog");

        Label state = new Label();
        state.setId("securityState");
        state.setWrapText(true);
        state.setMaxWidth(440);
        state.textProperty().bind(javafx.beans.binding.Bindings.when(model.encryptedProperty())
                .then(messages.get("security.stateOn")).otherwise(messages.get("security.stateOff")));

        ToggleGroup actions = new ToggleGroup();
        RadioButton change = choice("changeChoice", "security.change", Action.CHANGE, actions);
        RadioButton turnOff = choice("turnOffChoice", "security.turnOff", Action.TURN_OFF, actions);
        HBox choices = new HBox(16, change, turnOff);
        choices.visibleProperty().bind(model.encryptedProperty());
        choices.managedProperty().bind(choices.visibleProperty());
        model.actionProperty().addListener((obs, was, now) -> select(actions, now));
        actions.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.actionProperty().set((Action) now.getUserData());
            }
        });

        FieldDecorations decorations = new FieldDecorations(messages, model.fieldErrors());
        VBox currentRow = row("security.current", current, "currentPassphrase", decorations);
        VBox newRow = row("security.new", next, "newPassphrase", decorations);
        VBox repeatRow = row("security.repeat", repeated, "repeated", decorations);
        currentRow.visibleProperty().bind(model.actionProperty().isNotEqualTo(Action.TURN_ON));
        newRow.visibleProperty().bind(model.actionProperty().isNotEqualTo(Action.TURN_OFF));
        repeatRow.visibleProperty().bind(newRow.visibleProperty());
        for (VBox row : new VBox[] {currentRow, newRow, repeatRow}) {
            row.managedProperty().bind(row.visibleProperty());
            row.visibleProperty().addListener((obs, was, now) -> WindowFit.fitLater(row));
        }
        Label strength = new Label();
        strength.setId("strengthHint");
        strength.getStyleClass().add("passphrase-strength");
        model.strengthProperty().addListener((obs, was, now) -> {
            strength.setText(now == null ? "" : messages.get("security.strength." + now.name()));
            strength.getStyleClass().removeAll("weak", "fair", "strong");
            if (now != null) {
                strength.getStyleClass().add(now.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        next.textProperty().addListener((obs, was, now) -> model.newPassphraseTyped(chars(next)));
        newRow.getChildren().add(strength);
        Label warning = new Label(messages.get("security.warning"));
        warning.setId("securityWarning");
        warning.getStyleClass().add("text-muted");
        warning.setWrapText(true);
        warning.setMaxWidth(440);
        warning.visibleProperty().bind(model.actionProperty().isNotEqualTo(Action.TURN_OFF));
        warning.managedProperty().bind(warning.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("conversionProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label outcome = new Label();
        outcome.setId("securityOutcome");
        outcome.getStyleClass().add("text-success");

        VBox content = new VBox(10, state, choices, currentRow, newRow, repeatRow, warning, progress, outcome);
        content.setPrefWidth(470);
        content.getStyleClass().add("security-form");
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(messages.get("security.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, close);
        Theme.style(dialog.getDialogPane());
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("applyButton");
        applyButton.disableProperty().bind(model.busyProperty());
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("closeButton");
        closeButton.disableProperty().bind(model.busyProperty()); // the conversion is not left behind half-seen
        applyButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            outcome.setText("");
            model.apply(chars(current), chars(next), chars(repeated), said -> {
                current.clear();
                next.clear();
                repeated.clear();
                outcome.setText(said);
                announce.run();
            });
            decorations.showAllAndFocusFirst();
        });
        dialog.setOnShown(event -> WindowFit.fitLater(content));
        model.load();
        dialog.show();
        return dialog;
    }

    private VBox row(String labelKey, PasswordField field, String name, FieldDecorations decorations) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        Label message = new Label();
        decorations.bind(name, field, message);
        field.textProperty().addListener((obs, was, now) -> model.edited(name));
        return new VBox(3, label, field, message);
    }

    private RadioButton choice(String id, String key, Action action, ToggleGroup group) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setUserData(action);
        button.setToggleGroup(group);
        return button;
    }

    private static void select(ToggleGroup group, Action action) {
        group.getToggles().stream().filter(t -> t.getUserData() == action).findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }

    /** The field's characters, copied into an array the model clears; never through a String. */
    private static char[] chars(PasswordField field) {
        CharSequence typed = field.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        return chars;
    }
}
