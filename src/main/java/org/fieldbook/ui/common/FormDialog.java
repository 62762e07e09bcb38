package org.fieldbook.ui.common;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A modal dialog around a {@link FormView}. OK does not close it by itself: the form saves in the background
 * and the dialog closes only when the record is stored, so invalid input or a refused save keeps the user's
 * typing on screen.
 */
public final class FormDialog {
    private FormDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, Messages messages, FormView form) {
        return show(owner, messages, form, "button.save", "button.cancel");
    }

    /** The dialog, shown; its result is the OK button type once the form saved, otherwise cancel or none. */
    public static Dialog<ButtonType> show(Window owner, Messages messages, FormView form, String okKey,
                                          String cancelKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(form.title());
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        ButtonType ok = new ButtonType(messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get(cancelKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setContent(form.root());
        for (javafx.scene.Node node : form.root().getChildrenUnmodifiable()) {
            if (form.root() instanceof javafx.scene.layout.GridPane && node instanceof javafx.scene.control.Label label) {
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // field names are never cut short
            }
        }
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        Theme.style(dialog.getDialogPane());
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("saveButton");
        okButton.disableProperty().bind(form.busyProperty());
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setId("cancelButton");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.save(() -> dialog.setResult(ok));
        });
        dialog.setOnShown(event -> Platform.runLater(() -> form.firstField().requestFocus()));
        dialog.show();
        return dialog;
    }
}
