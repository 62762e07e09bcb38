package org.fieldbook.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.fieldbook.service.UserMessage;
import org.fieldbook.store.Database;
import org.fieldbook.ui.common.ErrorDialog;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FormDialog;
import org.fieldbook.ui.common.FxBackgroundRunner;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.firstrun.FirstRunView;
import org.fieldbook.ui.firstrun.FirstRunViewModel;
import org.fieldbook.ui.security.UnlockDialog;
import org.fieldbook.ui.security.UnlockViewModel;
import org.fieldbook.ui.shell.MainWindow;
import org.fieldbook.ui.shell.WindowPlacement;
import org.fieldbook.ui.shell.WindowPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The data folder is opened off the FX thread: from the command line it starts
 * opening before the toolkit does ({@link DataFolderOpening}), else in {@link #init()}. Meanwhile the theme is
 * parsed on the FX thread. The window then shows the last screen, and on a first start asks who the user is
 * before anything else.
 */
public final class FieldbookApp extends Application {
    static final String LOCALE_PROPERTY = "fieldbook.locale";
    private static final Logger LOG = LoggerFactory.getLogger(FieldbookApp.class);

    private Path dataFolder;
    private Locale locale;
    private AppContext context;
    private WindowPreferences preferences;
    private RuntimeException openFailure;
    private FxBackgroundRunner runner;
    private WindowPlacement placement;
    private UiWiring wiring;
    private volatile boolean stopping;
    private List<Image> icons = List.of();
    /** Handed from the command line to the instance JavaFX makes: Application takes only strings. */
    private static volatile CompletableFuture<AppContext> pendingContext;
    private static volatile DataFolderOpening pendingOpening;
    /** Set when the data folder is encrypted and waits for its passphrase. */
    private DataFolderOpening locked;

    /**
     * Starts the window. Before the toolkit starts, one thread opens the database and another wires the
     * services (loading jOOQ's classes takes a quarter of a second), so neither waits for the other or for
     * JavaFX. The wiring thread then runs the first screen's first queries once, so that jOOQ's first query
     * and the pages they read are behind us when the window asks.
     */
    static void launchWindow(Path dataFolder) {
        DataFolderOpening opening = DataFolderOpening.begin(dataFolder);
        CompletableFuture<AppContext> wired = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            AppContext context;
            try {
                context = AppContext.whenOpen(dataFolder, opening.database());
            } catch (RuntimeException | Error e) {
                wired.completeExceptionally(e);
                return;
            }
            wired.complete(context);
            context.primeFirstQueries();
            context.backupIfDue(); // after the first screen's queries, on this thread that is there anyway
        }, "fieldbook-wiring");
        thread.setDaemon(true);
        thread.start();
        pendingContext = wired;
        pendingOpening = opening;
        Application.launch(FieldbookApp.class, "--data-dir=" + dataFolder);
    }

    @Override
    public void init() {
        String folder = getParameters().getNamed().get("data-dir");
        dataFolder = folder != null ? Path.of(folder) : DataFolder.resolve(null);
        preferences = WindowPreferences.load(dataFolder); // a small file, not the database
        String chosen = System.getProperty(LOCALE_PROPERTY, preferences.languageProperty().get());
        locale = Messages.chosenLocale(chosen, Locale.getDefault());
        if (!chosen.isBlank()) {
            Locale.setDefault(locale); // so the toolkit's own texts (date picker, ...) speak the same language
        }
        boolean dark = preferences.darkProperty().get();
        Platform.runLater(() -> Theme.apply(dark)); // parsed on the FX thread while the database opens
        icons = AppIcons.load(); // decoded here while the database opens, not on the FX thread
        CompletableFuture<AppContext> wired = pendingContext;
        DataFolderOpening opening = pendingOpening;
        pendingContext = null;
        pendingOpening = null;
        try {
            if (wired == null && Database.isEncrypted(dataFolder)) {
                opening = DataFolderOpening.begin(dataFolder); // waits for the passphrase
                context = AppContext.whenOpen(dataFolder, opening.database());
            } else {
                context = wired != null ? joined(wired) : AppContext.open(dataFolder);
            }
            locked = opening != null && opening.needsPassphrase() ? opening : null;
        } catch (RuntimeException e) {
            openFailure = e;
            if (context != null) {
                context.close();
                context = null;
            }
        }
    }

    private static AppContext joined(CompletableFuture<AppContext> wired) {
        try {
            return wired.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.load(locale);
        if (openFailure != null) {
            cannotOpen(messages, openFailure);
            return;
        }
        ErrorDialog errors = new ErrorDialog(messages, () -> stage);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);

        runner = new FxBackgroundRunner();
        if (locked != null) {
            // before the main window: nothing of the data shows until the passphrase opened it
            new UnlockDialog(new UnlockViewModel(locked::unlock, runner, messages), messages, dataFolder)
                    .show(() -> showWindow(stage, messages, errors), failure -> cannotOpen(messages,
                            failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure)),
                            Platform::exit);
            return;
        }
        showWindow(stage, messages, errors);
    }

    /** The main window, over an open (or opening) database. */
    private void showWindow(Stage stage, Messages messages, ErrorDialog errors) {
        wiring = new UiWiring(context, messages, runner, errors, preferences,
                FieldbookCommand.Version.number(), Platform::exit);
        wiring.openDocumentsWith(getHostServices()::showDocument);
        MainWindow window = wiring.loader().load(MainWindow.class).controller();
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title", dataFolder.getFileName() == null ? dataFolder : dataFolder));
        stage.getIcons().addAll(icons);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        placement = new WindowPlacement(stage, preferences);
        placement.restore();
        try {
            context.awaitOpen(); // built while the database opened; its first rows are read from here on
        } catch (RuntimeException e) {
            cannotOpen(messages, e);
            return;
        }
        window.showFirstScreen();
        FirstPaintProbe.attach(scene, window.firstScreenLoadedProperty());
        stage.show();
        // once the window is up: the first exchange runs on the sync's own thread, never on this one
        new ServerPasswordAsker(context.teamSync(), runner, messages, errors, () -> stage).attach();
        context.teamSync().start();
        wiring.dueNotifier().start();
        // queued behind the first screen's read: on a first start the questions come over an empty window
        runner.run(() -> context.profile().profile().isPresent(), hasProfile -> {
            if (!hasProfile && !stopping) {
                askWhoTheUserIs(stage, wiring, messages);
            }
        }, errors::report);
    }

    /** The first-run questions, over the window; closing them without answering quits. */
    private void askWhoTheUserIs(Stage stage, UiWiring wiring, Messages messages) {
        FirstRunView view = wiring.loader().load(FirstRunView.class).controller();
        Dialog<ButtonType> dialog = FormDialog.show(stage, messages, view, "firstRun.start", "firstRun.quit");
        dialog.getDialogPane().setId("firstRunDialog");
        dialog.setOnHidden(event -> {
            ButtonType result = dialog.getResult();
            boolean answered = result != null && result.getButtonData() == ButtonBar.ButtonData.OK_DONE;
            if (!answered && !stopping) {
                Platform.exit();
            } else if (answered) {
                begin(view.answers(), wiring, messages);
            }
        });
    }

    /**
     * Acts on the first-run choices: the language is kept for the next start (every screen reads its texts
     * once), the demo data loads in the background with the status bar's progress, joining opens Sync.
     */
    private void begin(FirstRunViewModel.Answers answers, UiWiring wiring, Messages messages) {
        preferences.languageProperty().set(answers.language().toLanguageTag());
        preferences.save(dataFolder);
        boolean sameLanguage = answers.language().getLanguage().equals(locale.getLanguage())
                && Messages.load(answers.language()).bundle().getLocale().equals(messages.bundle().getLocale());
        switch (answers.startWith()) {
            case DEMO_DATA -> wiring.shell().loadDemoData();
            case JOIN_TEAM -> wiring.shell().show(Section.SYNC);
            case EMPTY -> { }
        }
        if (!sameLanguage) {
            wiring.shell().announce(Messages.load(answers.language()).get("firstRun.languageOnRestart"));
        } else if (answers.startWith() == FirstRunViewModel.StartWith.EMPTY) {
            wiring.shell().announce(messages.get("firstRun.welcome"));
        }
    }

    /** A data folder that cannot be opened: one clear sentence, then Fieldbook ends. */
    private void cannotOpen(Messages messages, RuntimeException failure) {
        boolean inUse = UserMessage.of(failure).map(m -> "error.dataFolder.inUse".equals(m.key())).orElse(false);
        if (inUse) {
            LOG.warn("data folder {} is in use by another Fieldbook", dataFolder);
        } else {
            LOG.error("cannot open data folder {}", dataFolder, failure);
        }
        String sentence = ErrorReporter.sentence(failure, messages);
        ErrorDialog.alert(messages, null, sentence, inUse ? null : ErrorDialog.details(failure)).showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        stopping = true;
        if (locked != null) {
            locked.giveUp(); // no effect once it opened
        }
        if (wiring != null) {
            wiring.dueNotifier().stop();
        }
        if (placement != null) {
            placement.remember();
            preferences.save(dataFolder);
        }
        if (context != null) {
            context.teamSync().close(); // lets an exchange under way finish before the database closes
        }
        if (runner != null) {
            runner.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
