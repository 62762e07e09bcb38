package org.fieldbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form whose field shows its message when it loses the focus: pressing the button below it takes the focus, the
 * message appears and the window grows. The click must still reach the button, and the window must fit after.
 */
class WindowFitTest {
    private final FxRobot robot = new FxRobot();

    @Test
    void aMessageAppearingUnderThePressedButtonNeitherLosesTheClickNorStaysUnfitted() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicInteger clicks = new AtomicInteger();
        Stage[] stage = new Stage[1];
        Label message = new Label("Enter an e-mail address such as name@example.com");
        Button save = new Button("Save");
        WaitForAsyncUtils.asyncFx(() -> {
            TextField field = new TextField("not an address");
            message.setManaged(false);
            message.setVisible(false);
            message.managedProperty().bind(message.visibleProperty());
            message.setMinHeight(60);
            save.setOnAction(event -> clicks.incrementAndGet());
            // as in a DialogPane, the buttons sit at the bottom and the fields take the room above them
            BorderPane form = new BorderPane(new VBox(8, field, message), null, null, save, null);
            WindowFit.watch(message);
            message.visibleProperty().addListener((obs, was, shown) -> WindowFit.fitLater(message));
            field.focusedProperty().addListener((obs, was, focused) ->
                    WindowFit.unlessPressed(message, () -> message.setVisible(!focused)));
            stage[0] = new Stage();
            stage[0].setScene(new Scene(form));
            stage[0].show();
            field.requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        double before = stage[0].getHeight();

        robot.moveTo(save).press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, stage[0].getHeight(), 0.5, "the window keeps its size while the button is down");
        assertTrue(!message.isVisible() && save.isArmed(), "and its layout: the button stays under the pointer");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, clicks.get(), "the click reached the button");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage[0].getHeight() > before + 50);
        assertTrue(message.isVisible());
        WaitForAsyncUtils.asyncFx(() -> stage[0].hide()).get();
    }
}
