package org.fieldbook.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.fieldbook.app.AppContext;
import org.fieldbook.app.FieldbookApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real Fieldbook window on a data folder, and waits for what it shows. */
final class FieldbookWindow implements AutoCloseable {
    static final long TIMEOUT_SECONDS = 20;

    final FxRobot robot = new FxRobot();
    private final Application app;

    private final UsersHome home;

    private FieldbookWindow(Application app, UsersHome home) {
        this.app = app;
        this.home = home;
    }

    static FieldbookWindow open(Path dataFolder) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        UsersHome home = UsersHome.around(dataFolder);
        Application app = FxToolkit.setupApplication(FieldbookApp.class, "--data-dir=" + home.dataFolder());
        FieldbookWindow window = new FieldbookWindow(app, home);
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** Sets up the profile (so the first-run questions do not come) and whatever {@code seed} adds. */
    static void prepare(Path dataFolder, java.util.function.Consumer<AppContext> seed) {
        prepare(dataFolder, "Ada Lovelace", "EUR", seed);
    }

    static void prepare(Path dataFolder, String me, String currency, java.util.function.Consumer<AppContext> seed) {
        Path window = dataFolder.resolve("ui.properties");
        if (!java.nio.file.Files.exists(window)) {
            // the record screens' tests start on the accounts screen; BoardFlowTest opens on the default, the board
            try {
                java.nio.file.Files.createDirectories(dataFolder);
                java.nio.file.Files.writeString(window, "section=ACCOUNTS\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try (AppContext context = AppContext.open(dataFolder)) {
            if (context.profile().profile().isEmpty()) {
                context.profile().setUp(me, currency);
            }
            seed.accept(context);
        }
    }

    static Map<String, Long> counts(Path dataFolder) {
        try (AppContext context = AppContext.open(dataFolder)) {
            return context.stats().liveCounts();
        }
    }

    <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read from the FX thread", e);
        }
    }

    void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; windows: " + describeWindows(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is on screen, for the failure message: each window's title and its dialog text, if any. */
    private String describeWindows() {
        return fx(() -> javafx.stage.Window.getWindows().stream().map(window -> {
            String text = window instanceof javafx.stage.Stage stage ? stage.getTitle() : window.toString();
            var root = window.getScene() == null ? null : window.getScene().getRoot();
            if (root instanceof javafx.scene.control.DialogPane pane) {
                text += " [" + pane.getHeaderText() + " / " + pane.getContentText() + "]";
                if (pane.getExpandableContent() != null) {
                    text += " " + ((javafx.scene.control.TextArea) pane.getExpandableContent().lookup(".text-area"))
                            .getText();
                }
            }
            return text;
        }).toList().toString());
    }

    /** Pictures of every open window under target/ui-snapshots, to see what a failing test saw. */
    void snapshot(String name) {
        fx(() -> {
            int index = 0;
            for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
                if (window.getScene() == null) {
                    continue;
                }
                var image = window.getScene().snapshot(null);
                Path file = Path.of("target", "ui-snapshots", name + "-" + index++ + ".png");
                java.nio.file.Files.createDirectories(file.getParent());
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        file.toFile());
            }
            return null;
        });
    }

    /**
     * Runs SQL on the open window's own database, behind its back: how a test makes the store refuse a write
     * (the window holds the data folder's lock, so no second connection can be opened the ordinary way).
     */
    void sqlBehindTheWindow(String sql) {
        try {
            java.lang.reflect.Field contextField = FieldbookApp.class.getDeclaredField("context");
            contextField.setAccessible(true);
            Object context = contextField.get(app);
            java.lang.reflect.Field databaseField = AppContext.class.getDeclaredField("database");
            databaseField.setAccessible(true);
            Object database = ((java.util.concurrent.CompletableFuture<?>) databaseField.get(context)).join();
            java.lang.reflect.Method dsl = database.getClass().getDeclaredMethod("dsl");
            dsl.setAccessible(true);
            ((org.jooq.DSLContext) dsl.invoke(database)).execute(sql);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot reach the window's database", e);
        }
    }

    /** The open window's own services, to read what it stored (the data folder's lock keeps others out). */
    AppContext services() {
        try {
            java.lang.reflect.Field contextField = FieldbookApp.class.getDeclaredField("context");
            contextField.setAccessible(true);
            return (AppContext) contextField.get(app);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot reach the window's services", e);
        }
    }

    @SuppressWarnings("unchecked")
    <T> TableView<T> table(String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    int rows(String tableId) {
        return fx(() -> table(tableId).getItems().size());
    }

    /** Waits until the node with {@code id} is showing and returns it. */
    <T extends Node> T await(String id, Class<T> type) {
        waitUntil(id + " is shown", () -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
        return robot.lookup(id).queryAs(type);
    }

    void awaitGone(String id) {
        waitUntil(id + " is gone", () -> robot.lookup(id).tryQuery()
                .map(node -> node.getScene() == null || node.getScene().getWindow() == null
                        || !node.getScene().getWindow().isShowing()).orElse(true));
    }

    @Override
    public void close() throws TimeoutException {
        try {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            home.close();
        }
    }
}
