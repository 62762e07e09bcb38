package org.fieldbook.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The frame of the Edit menu's settings dialogs: a title, the content, Close; {@code closed} runs after. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, Messages messages, String title, String id, Node content,
                                          Runnable closed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(id);
        Theme.style(dialog.getDialogPane());
        dialog.setOnHidden(event -> closed.run());
        dialog.show();
        return dialog;
    }
}
