package org.fieldbook.ui.exchange;

import java.util.List;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportResult;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Tables;

/** The wizard's dry run page (counts, duplicates, rejected rows) and its result page. */
final class RunPages {
    private final ImportWizardViewModel model;
    private final Messages messages;

    RunPages(ImportWizardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node dryRun() {
        RunStep run = model.run();
        HBox counts = new HBox(12,
                count("importCreateCount", "import.dryRun.create", ImportResult::created, run.dryRunProperty()),
                count("importUpdateCount", "import.dryRun.update", ImportResult::updated, run.dryRunProperty()),
                count("importSkipCount", "import.dryRun.skip", ImportResult::skipped, run.dryRunProperty()),
                count("importRejectCount", "import.dryRun.reject", r -> r.rejected().size(), run.dryRunProperty()));
        Label summary = new Label();
        summary.setId("importDryRunSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(run.summaryProperty());

        ComboBox<ImportMapping.Duplicates> duplicates = new ComboBox<>();
        duplicates.setId("importDuplicatesField");
        duplicates.getItems().setAll(ImportMapping.Duplicates.values());
        duplicates.setButtonCell(duplicateCell());
        duplicates.setCellFactory(list -> duplicateCell());
        duplicates.valueProperty().bindBidirectional(run.duplicatesProperty());
        duplicates.disableProperty().bind(model.busyProperty());
        Label duplicatesLabel = new Label(messages.get("import.dryRun.duplicates"));
        duplicatesLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox duplicateRow = new HBox(10, duplicatesLabel, duplicates);
        duplicateRow.getStyleClass().add("import-row");
        model.stepProperty().addListener((obs, old, step) -> {
            duplicateRow.setVisible(model.duplicatesApply());
            duplicateRow.setManaged(model.duplicatesApply());
        });

        Label nothingYet = new Label(messages.get("import.dryRun.nothingWritten"));
        nothingYet.getStyleClass().add("import-hint");
        nothingYet.setWrapText(true);
        TableView<RunStep.RejectedRow> rejected = rejectedTable("importRejectedTable");
        VBox.setVgrow(rejected, Priority.ALWAYS);
        return new VBox(10, counts, summary, duplicateRow, rejectedHeading(), rejected, nothingYet);
    }

    Node result() {
        RunStep run = model.run();
        Label outcome = new Label();
        outcome.setId("importOutcomeLabel");
        outcome.getStyleClass().add("import-subheading");
        outcome.setWrapText(true);
        outcome.textProperty().bind(run.outcomeProperty());
        Label undoHint = new Label(messages.get("import.result.undoHint"));
        undoHint.getStyleClass().add("import-hint");
        undoHint.setWrapText(true);
        undoHint.visibleProperty().bind(run.undoneProperty().not());
        TableView<RunStep.RejectedRow> rejected = rejectedTable("importLeftOutTable");
        rejected.visibleProperty().bind(Bindings.isNotEmpty(run.rejected()));
        VBox.setVgrow(rejected, Priority.ALWAYS);
        Label heading = rejectedHeading();
        heading.visibleProperty().bind(rejected.visibleProperty());
        return new VBox(10, outcome, undoHint, heading, rejected);
    }

    private Label rejectedHeading() {
        Label heading = new Label(messages.get("import.dryRun.rejectedRows"));
        heading.getStyleClass().add("import-subheading");
        return heading;
    }

    private TableView<RunStep.RejectedRow> rejectedTable(String id) {
        TableView<RunStep.RejectedRow> table = new TableView<>(model.run().rejected());
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RunStep.RejectedRow, Long> line = new TableColumn<>(messages.get("import.dryRun.line"));
        line.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().line()));
        line.setPrefWidth(80);
        line.setMinWidth(80);
        line.getStyleClass().add("amount-column");
        TableColumn<RunStep.RejectedRow, String> reason = new TableColumn<>(messages.get("import.dryRun.reason"));
        reason.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().reason()));
        reason.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        table.getColumns().setAll(List.of(line, reason));
        table.setPlaceholder(Tables.placeholder(messages.get("import.dryRun.noneRejected")));
        return table;
    }

    private VBox count(String id, String key, ToIntFunction<ImportResult> figure,
                       ObservableValue<ImportResult> result) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("tile-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> result.getValue() == null ? "–"
                : String.valueOf(figure.applyAsInt(result.getValue())), result));
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("tile-title");
        VBox tile = new VBox(2, title, value);
        tile.getStyleClass().addAll("kpi-tile", "import-count");
        return tile;
    }

    private ListCell<ImportMapping.Duplicates> duplicateCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ImportMapping.Duplicates item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("import.duplicates." + item.name()));
            }
        };
    }
}
