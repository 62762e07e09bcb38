package org.fieldbook.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;

/**
 * The import wizard's dialog: a title naming the step, the page of the step, a sentence when something is
 * wrong, a progress bar while the file is read or imported, and Back / Next / Import / Undo import / Close.
 */
public final class ImportWizard {
    private final ImportWizardViewModel model;
    private final Messages messages;
    private final Path startFolder;

    public ImportWizard(ImportWizardViewModel model, Messages messages, Path startFolder) {
        this.model = model;
        this.messages = messages;
        this.startFolder = startFolder;
    }

    public Dialog<ButtonType> show(Window owner, Runnable closed) {
        ImportPages pages = new ImportPages(model, messages);
        RunPages runPages = new RunPages(model, messages);
        Map<ImportWizardViewModel.Step, Node> byStep = new EnumMap<>(ImportWizardViewModel.Step.class);
        byStep.put(ImportWizardViewModel.Step.FILE, filePage(owner));
        byStep.put(ImportWizardViewModel.Step.PREVIEW, pages.preview());
        byStep.put(ImportWizardViewModel.Step.MAPPING, pages.mapping());
        byStep.put(ImportWizardViewModel.Step.VALUES, pages.values());
        byStep.put(ImportWizardViewModel.Step.DRY_RUN, runPages.dryRun());
        byStep.put(ImportWizardViewModel.Step.RESULT, runPages.result());
        StackPane page = new StackPane();
        page.getStyleClass().add("import-page");
        Label title = new Label();
        title.setId("importStepTitle");
        title.getStyleClass().add("import-step-title");
        Runnable showStep = () -> {
            ImportWizardViewModel.Step step = model.stepProperty().get();
            page.getChildren().setAll(byStep.get(step));
            title.setText(messages.get("import.step", step.ordinal() + 1, ImportWizardViewModel.Step.values().length,
                    messages.get("import.step." + step.name())));
        };
        model.stepProperty().addListener((obs, old, step) -> showStep.run());
        showStep.run();

        Label problem = new Label();
        problem.setId("importProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.when(model.run().runningProperty())
                .then(model.run().progressProperty()).otherwise(-1.0));
        progress.visibleProperty().bind(model.busyProperty());
        BorderPane content = new BorderPane(page);
        content.setTop(title);
        content.setBottom(new VBox(6, problem, progress));
        content.getStyleClass().add("import-wizard");
        content.setPrefSize(980, 580);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("import.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        ButtonType back = new ButtonType(messages.get("import.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonType next = new ButtonType(messages.get("import.next"), ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonType run = new ButtonType(messages.get("import.run"), ButtonBar.ButtonData.APPLY);
        ButtonType cancel = new ButtonType(messages.get("import.cancel"), ButtonBar.ButtonData.OTHER);
        ButtonType undo = new ButtonType(messages.get("import.undo"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(undo, back, next, run, cancel, close);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("importDialog");
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        Theme.style(dialog.getDialogPane());
        // a wizard's order, on every OS: Undo left; Back, Next or Import, then Close on the right
        if (dialog.getDialogPane().lookup(".button-bar") instanceof ButtonBar bar) {
            bar.setButtonOrder("L_U+BXAC_R");
        }

        var step = model.stepProperty();
        Button backButton = action(dialog, back, "importBackButton", model::back);
        backButton.disableProperty().bind(model.busyProperty().or(step.isEqualTo(ImportWizardViewModel.Step.FILE))
                .or(step.isEqualTo(ImportWizardViewModel.Step.RESULT)));
        Button nextButton = action(dialog, next, "importNextButton", model::next);
        nextButton.disableProperty().bind(model.canGoNextBinding().not());
        nextButton.setDefaultButton(true);
        shownOn(nextButton, step.isNotEqualTo(ImportWizardViewModel.Step.DRY_RUN)
                .and(step.isNotEqualTo(ImportWizardViewModel.Step.RESULT)));
        Button runButton = action(dialog, run, "importRunButton", model::importNow);
        runButton.getStyleClass().add("accent");
        runButton.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() ->
                model.run().dryRunProperty().get() == null
                        || model.run().dryRunProperty().get().created() + model.run().dryRunProperty().get().updated()
                        == 0, model.run().dryRunProperty())));
        shownOn(runButton, step.isEqualTo(ImportWizardViewModel.Step.DRY_RUN));
        Button cancelButton = action(dialog, cancel, "importCancelButton", model::cancelImport);
        shownOn(cancelButton, model.run().runningProperty().and(model.busyProperty()));
        Button undoButton = action(dialog, undo, "importUndoButton", model::undoImport);
        undoButton.disableProperty().bind(model.busyProperty().or(model.run().undoneProperty()));
        shownOn(undoButton, step.isEqualTo(ImportWizardViewModel.Step.RESULT));
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("importCloseButton");
        closeButton.disableProperty().bind(model.busyProperty());
        dialog.setOnCloseRequest(event -> {
            if (model.busyProperty().get()) {
                event.consume(); // the file is being read or imported: Cancel import first
            }
        });
        dialog.setOnHidden(event -> closed.run());
        dialog.show();
        return dialog;
    }

    /** A button of the dialog's bar that acts without closing the dialog. */
    private static Button action(Dialog<ButtonType> dialog, ButtonType type, String id, Runnable action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
        return button;
    }

    private static void shownOn(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private Node filePage(Window owner) {
        TextField file = new TextField();
        file.setId("importFileField");
        file.setPromptText(messages.get("import.file.prompt"));
        file.textProperty().bindBidirectional(model.fileProperty());
        file.setOnAction(event -> model.next());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(messages.get("import.file.browse"));
        browse.setId("importBrowseButton");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("import.file.chooserTitle"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.get("import.file.filter"), "*.csv", "*.txt", "*.xlsx"),
                    new FileChooser.ExtensionFilter(messages.get("import.file.filterAll"), "*.*"));
            File folder = startFolder == null ? null : startFolder.toFile();
            String current = model.fileProperty().get();
            if (!current.isBlank() && Path.of(current).getParent() != null) {
                folder = Path.of(current).getParent().toFile();
            }
            if (folder != null && folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
            File picked = chooser.showOpenDialog(owner == null ? browse.getScene().getWindow() : owner);
            if (picked != null) {
                model.fileProperty().set(picked.getPath());
            }
        });
        ComboBox<ImportType> type = new ComboBox<>();
        type.setId("importTypeField");
        type.getItems().setAll(ImportType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setButtonCell(typeCell());
        type.setCellFactory(list -> typeCell());
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        Label fileLabel = new Label(messages.get("import.file.label"));
        fileLabel.setMinWidth(Label.USE_PREF_SIZE);
        form.add(fileLabel, 0, 0);
        form.add(new HBox(6, file, browse), 1, 0);
        Label typeLabel = new Label(messages.get("import.file.type"));
        typeLabel.setMinWidth(Label.USE_PREF_SIZE);
        form.add(typeLabel, 0, 1);
        form.add(type, 1, 1);
        GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);
        Label hint = new Label(messages.get("import.file.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("import-hint");
        return new VBox(10, form, hint);
    }

    private ListCell<ImportType> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ImportType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.name(item));
            }
        };
    }
}
