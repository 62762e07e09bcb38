package org.fieldbook.ui.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fieldbook.report.ExportFormat;
import org.fieldbook.report.MeetingPack;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.Theme;

/**
 * "Meeting pack…": the whole dashboard with its filters as PowerPoint, Excel, PDF or a zip of CSV files. The
 * export runs in the background with a progress bar and can be cancelled; an existing file is replaced only
 * after asking.
 */
final class MeetingPackDialog {
    private final Messages messages;

    MeetingPackDialog(Messages messages) {
        this.messages = messages;
    }

    void show(Window owner, MeetingPack pack, Path folder, PackExportJob job) {
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("packFormatField");
        format.getItems().setAll(ExportFormat.PPTX, ExportFormat.XLSX, ExportFormat.PDF, ExportFormat.CSV);
        Pickers.show(format, f -> messages.get(f.key()), "");
        format.setValue(ExportFormat.PPTX);
        TextField file = new TextField(folder.resolve(defaultName(pack, ExportFormat.PPTX)).toString());
        file.setId("packFileField");
        file.setPrefColumnCount(36);
        format.valueProperty().addListener((obs, old, chosen) -> file.setText(withExtension(file.getText(), chosen)));
        Button browse = new Button(messages.get("export.pack.browse"));
        browse.setId("packBrowseButton");
        ProgressBar bar = new ProgressBar(0);
        bar.setId("packProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(job.progressProperty());
        Label status = new Label();
        status.setId("packStatusLabel");
        status.setWrapText(true);
        status.textProperty().bind(job.statusProperty());
        Button export = new Button(messages.get("export.pack.export"));
        export.setId("packExportButton");
        export.setDefaultButton(true);
        Button cancel = new Button(messages.get("export.pack.cancel"));
        cancel.setId("packCancelButton");
        Button close = new Button(messages.get("export.pack.close"));
        close.setId("packCloseButton");
        close.setCancelButton(true);
        export.disableProperty().bind(job.runningProperty());
        format.disableProperty().bind(job.runningProperty());
        file.disableProperty().bind(job.runningProperty());
        browse.disableProperty().bind(job.runningProperty());
        cancel.disableProperty().bind(job.runningProperty().not());
        close.disableProperty().bind(job.runningProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("export.pack.format")), format);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        form.addRow(1, new Label(messages.get("export.pack.file")), fileRow);
        HBox buttons = new HBox(8, export, cancel, close);
        Label header = new Label(messages.get("export.pack.header"));
        header.getStyleClass().add("title-4");
        VBox root = new VBox(12, header, new Label(pack.period() + " · " + String.join(" · ", pack.filters())), form,
                bar, status, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);

        Stage stage = new Stage();
        stage.setTitle(messages.get("export.pack.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root);
        stage.setScene(scene);
        root.getStylesheets().add(Theme.STYLESHEET);
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            ExportFormat chosen = format.getValue();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(chosen.key()),
                    "*." + chosen.extension()));
            Path current = Path.of(file.getText().strip());
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
            var picked = chooser.showSaveDialog(stage);
            if (picked != null) {
                file.setText(picked.getAbsolutePath());
            }
        });
        export.setOnAction(event -> {
            String text = file.getText().strip();
            if (text.isEmpty()) {
                file.requestFocus();
                return;
            }
            Path target = Path.of(text);
            if (Files.exists(target) && !replace(stage, target)) {
                return;
            }
            job.start(format.getValue(), pack, target, written -> { });
        });
        cancel.setOnAction(event -> job.cancel());
        close.setOnAction(event -> stage.close());
        stage.setOnCloseRequest(event -> {
            if (job.runningProperty().get()) {
                event.consume();
            }
        });
        stage.show();
    }

    private boolean replace(Window owner, Path target) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("export.pack.replace", target),
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setHeaderText(null);
        ask.getDialogPane().setId("packReplaceDialog");
        Theme.style(ask.getDialogPane());
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    static String defaultName(MeetingPack pack, ExportFormat format) {
        return "fieldbook-" + pack.asOf() + "." + format.extension();
    }

    static String withExtension(String path, ExportFormat format) {
        String text = path.strip();
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
        int dot = text.lastIndexOf('.');
        String base = dot > slash ? text.substring(0, dot) : text;
        return base + "." + format.extension().toLowerCase(Locale.ROOT);
    }
}
