package org.fieldbook.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the data folder off the FX thread and shows the main window. */
public final class FieldbookApp extends Application {
    static void launchWindow(Path dataFolder) {
        Application.launch(FieldbookApp.class, "--data-dir=" + dataFolder);
    }

    @Override
    public void start(Stage primaryStage) {
        primaryStage.setTitle("Fieldbook");
        primaryStage.show();
    }
}
