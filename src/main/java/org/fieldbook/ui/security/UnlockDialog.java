package org.fieldbook.ui.security;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Asked at start-up, before the main window, when the data folder is encrypted: the passphrase field, a wrong
 * passphrase said under it, Open and Quit. Closing the dialog quits.
 */
public final class UnlockDialog {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final UnlockViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PasswordField passphrase = new PasswordField();
    private final ButtonType openType;
    private Exception failure;
    private boolean opened;

    public UnlockDialog(UnlockViewModel model, Messages messages, Path dataFolder) {
        this.model = model;
        dialog.setTitle(messages.get("unlock.title"));
        dialog.setHeaderText(messages.get("unlock.header", dataFolder));
        dialog.setGraphic(new FontIcon("mdal-lock"));
        dialog.getDialogPane().setId("unlockDialog");
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        passphrase.setId("passphraseField");
        passphrase.setPromptText(messages.get("unlock.passphrase"));
        passphrase.setPrefColumnCount(28);
        Label label = new Label(messages.get("unlock.passphrase"));
        label.setLabelFor(passphrase);
        Label error = new Label();
        error.setId("passphraseError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(380);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        org.fieldbook.ui.common.WindowFit.watch(error); // the dialog grows with the message, its buttons in view
        error.visibleProperty().addListener((obs, was, shown) -> org.fieldbook.ui.common.WindowFit.fitLater(error));
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.errorProperty().addListener((obs, was, now) -> passphrase.pseudoClassStateChanged(DANGER, !now.isEmpty()));
        passphrase.textProperty().addListener((obs, was, now) -> model.edited());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        Label hint = new Label(messages.get("unlock.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(6, label, new HBox(8, passphrase, working), error, hint);
        content.getStyleClass().add("unlock-form");
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(messages.get("unlock.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("unlock.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        Theme.style(dialog.getDialogPane());
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("unlockButton");
        openButton.disableProperty().bind(model.busyProperty());
        ((Button) dialog.getDialogPane().lookupButton(quit)).setId("quitButton");
        this.openType = open;
        openButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            tryOpen();
        });
        model.busyProperty().addListener((obs, was, busy) -> {
            if (!busy && !model.errorProperty().get().isEmpty()) {
                passphrase.selectAll(); // a wrong passphrase: typed again over the old one
                passphrase.requestFocus();
            }
        });
        dialog.setOnShown(event -> Platform.runLater(passphrase::requestFocus));
    }

    private void tryOpen() {
        CharSequence typed = passphrase.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        model.open(chars, () -> {
            opened = true;
            passphrase.clear();
            dialog.setResult(openType);
        }, cannotOpen -> {
            failure = cannotOpen;
            passphrase.clear();
            dialog.setResult(openType);
        });
    }

    /**
     * Shows the dialog: {@code opened} runs once the database is open, {@code failed} if it cannot be opened at
     * all, {@code quit} if the user leaves without opening.
     */
    public void show(Runnable onOpened, Consumer<Exception> onFailed, Runnable onQuit) {
        dialog.setOnHidden(event -> {
            if (opened) {
                onOpened.run();
            } else if (failure != null) {
                onFailed.accept(failure);
            } else {
                onQuit.run();
            }
        });
        dialog.show();
    }
}
