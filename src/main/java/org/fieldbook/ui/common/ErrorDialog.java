package org.fieldbook.ui.common;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's {@link ErrorReporter}: logs the failure once, then shows one sentence with the details
 * folded away under "Details" and a button that copies them. Also the uncaught-exception handler.
 */
public final class ErrorDialog implements ErrorReporter, Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private final Messages messages;
    private final Supplier<Window> owner;
    private boolean showing;

    public ErrorDialog(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("uncaught exception in thread {}", thread.getName(), failure);
        show(failure);
    }

    @Override
    public void report(Throwable failure) {
        LOG.error("unexpected failure", failure);
        show(failure);
    }

    private void show(Throwable failure) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(failure));
            return;
        }
        if (showing) {
            return; // one failure often drags others behind it; one dialog is enough to read
        }
        showing = true;
        try {
            alert(messages, owner.get(), ErrorReporter.sentence(failure, messages), details(failure)).showAndWait();
        } finally {
            showing = false;
        }
    }

    /** The exception and its causes with their stack frames, as a person would paste them into a report. */
    public static String details(Throwable failure) {
        StringBuilder text = new StringBuilder();
        String prefix = "";
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(prefix).append(t).append(System.lineSeparator());
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append(System.lineSeparator());
            }
            prefix = "Caused by: ";
        }
        return text.toString();
    }

    /** An error alert: the sentence, an expandable details area and a "Copy details" button. */
    public static Alert alert(Messages messages, Window owner, String sentence, String details) {
        ButtonType copy = new ButtonType(messages.get("error.copyDetails"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        boolean hasDetails = details != null && !details.isBlank();
        Alert alert = hasDetails ? new Alert(Alert.AlertType.ERROR, sentence, copy, close)
                : new Alert(Alert.AlertType.ERROR, sentence, close);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(null);
        Theme.style(alert.getDialogPane());
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        if (!hasDetails) {
            return alert;
        }
        TextArea area = new TextArea(details);
        area.setId("errorDetails");
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.getStyleClass().add("error-details");
        VBox.setVgrow(area, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(new VBox(area));
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("copyDetailsButton");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(sentence + System.lineSeparator() + System.lineSeparator() + details);
            Clipboard.getSystemClipboard().setContent(content);
            event.consume(); // copying does not close the dialog
        });
        return alert;
    }
}
