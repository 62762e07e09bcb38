package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.fieldbook.store.StoreException;
import org.fieldbook.ui.common.ErrorDialog;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An unexpected failure: one sentence, the details folded away, and a button that copies them. */
class ErrorDialogTest {
    private final FxRobot robot = new FxRobot();

    @Test
    void anUnexpectedFailureShowsOneSentenceWithDetailsToCopy() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> org.fieldbook.ui.common.Theme.apply(false)).get();
        Messages messages = Messages.load(Locale.ENGLISH);
        ErrorDialog errors = new ErrorDialog(messages, () -> null);
        errors.report(new IllegalStateException("the disk fell off"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(messages.get("error.unexpected"), pane.getContentText());
        TextArea details = (TextArea) pane.getExpandableContent().lookup("#errorDetails");
        assertTrue(details.getText().contains("the disk fell off"));

        Button copy = (Button) WaitForAsyncUtils.asyncFx(() -> pane.lookup("#copyDetailsButton")).get();
        assertEquals(messages.get("error.copyDetails"), copy.getText());
        robot.clickOn(copy);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.startsWith(messages.get("error.unexpected")) && copied.contains("IllegalStateException"));
        WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()).get();
    }

    @Test
    void aStoreFailureIsExplainedInTheUsersLanguage() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> org.fieldbook.ui.common.Theme.apply(false)).get();
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        new ErrorDialog(messages, () -> null).report(
                new RuntimeException(new StoreException("error.database.write", null, "could not save", null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(messages.get("error.database.write"), pane.getContentText());
        WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .noneMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
    }
}
