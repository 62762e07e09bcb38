package org.fieldbook.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a password in a small dialog; the answer is handed over as characters and the field emptied. */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** Empty when the user cancelled or typed nothing. */
    public static Optional<char[]> ask(Window owner, Messages messages, String title, String header, String hint) {
        ButtonType ok = new ButtonType(messages.get("sync.server.password.promptOk"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        PasswordField field = new PasswordField();
        field.setId("passwordPromptField");
        Label explain = new Label(hint);
        explain.setWrapText(true);
        explain.getStyleClass().add("sync-hint");
        VBox content = new VBox(8, field, explain);
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("passwordPromptOk");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        Theme.style(dialog.getDialogPane());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        String typed = field.getText();
        field.clear();
        return answer.filter(ok::equals).isPresent() && !typed.isEmpty() ? Optional.of(typed.toCharArray())
                : Optional.empty();
    }
}
