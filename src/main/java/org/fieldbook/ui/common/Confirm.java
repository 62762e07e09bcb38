package org.fieldbook.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before something the user may regret; the safe answer is the default button. */
public final class Confirm {
    private Confirm() {
    }

    /** "Delete account “Acme”?" — true when the user chose Delete. */
    public static boolean delete(Window owner, Messages messages, String question, String detail) {
        ButtonType delete = new ButtonType(messages.get("button.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, delete, cancel);
        alert.setTitle(messages.get("confirm.delete.title"));
        alert.setHeaderText(question);
        Theme.style(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        Button deleteButton = (Button) alert.getDialogPane().lookupButton(delete);
        deleteButton.setId("confirmDeleteButton");
        deleteButton.getStyleClass().add("danger");
        deleteButton.setDefaultButton(false);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        cancelButton.setId("cancelButton");
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
