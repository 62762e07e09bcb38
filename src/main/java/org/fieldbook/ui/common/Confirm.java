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
        return act(owner, messages, messages.get("confirm.delete.title"), question, detail,
                messages.get("button.delete"), "confirmDeleteButton");
    }

    /** "Undo the import of deals.csv?" — true when the user chose the action, whose button gets {@code actionId}. */
    public static boolean act(Window owner, Messages messages, String title, String question, String detail,
                              String action, String actionId) {
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, act, cancel);
        alert.setTitle(title);
        alert.setHeaderText(question);
        Theme.style(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        Button actButton = (Button) alert.getDialogPane().lookupButton(act);
        actButton.setId(actionId);
        actButton.getStyleClass().add("danger");
        actButton.setDefaultButton(false);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        cancelButton.setId("cancelButton");
        return alert.showAndWait().filter(act::equals).isPresent();
    }
}
