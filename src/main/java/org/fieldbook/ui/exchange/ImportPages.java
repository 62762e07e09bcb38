package org.fieldbook.ui.exchange;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Tables;

/** The wizard's preview, mapping and values pages, bound to its view model. */
final class ImportPages {
    private final ImportWizardViewModel model;
    private final Messages messages;

    ImportPages(ImportWizardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node preview() {
        ComboBox<EncodingChoice> encoding = new ComboBox<>();
        encoding.setId("importEncodingField");
        encoding.getItems().setAll(EncodingChoice.values());
        named(encoding);
        encoding.valueProperty().bindBidirectional(model.preview().encodingProperty());
        ComboBox<DelimiterChoice> delimiter = new ComboBox<>();
        delimiter.setId("importDelimiterField");
        delimiter.getItems().setAll(DelimiterChoice.values());
        named(delimiter);
        delimiter.valueProperty().bindBidirectional(model.preview().delimiterProperty());
        for (Node text : List.of(encoding, delimiter)) {
            text.disableProperty().bind(model.preview().spreadsheetProperty().or(model.busyProperty()));
        }
        CheckBox header = new CheckBox(messages.get("import.preview.header"));
        header.setId("importHeaderField");
        header.selectedProperty().bindBidirectional(model.preview().headerProperty());
        header.disableProperty().bind(model.busyProperty());
        HBox choices = new HBox(10, label("import.preview.encoding"), encoding, label("import.preview.delimiter"),
                delimiter, header);
        choices.getStyleClass().add("import-row");
        Label detected = new Label();
        detected.setId("importDetectedLabel");
        detected.getStyleClass().add("import-hint");
        detected.textProperty().bind(model.preview().detectedProperty());
        Label warning = new Label();
        warning.setId("importReadingWarning");
        warning.getStyleClass().add("import-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.preview().warningProperty());
        warning.visibleProperty().bind(model.preview().warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        TableView<List<String>> table = new TableView<>(model.preview().rows());
        table.setId("importPreviewTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable columns = () -> {
            table.getColumns().clear();
            for (int i = 0; i < model.preview().headers().size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(model.preview().headers().get(i));
                column.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                        ? row.getValue().get(index) : ""));
                column.setPrefWidth(Math.min(220, Math.max(90, model.preview().headers().get(i).length() * 9 + 24)));
                column.setSortable(false);
                table.getColumns().add(column);
            }
        };
        model.preview().headers().addListener((ListChangeListener<String>) change -> columns.run());
        columns.run();
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, choices, detected, warning, table);
    }

    Node mapping() {
        MappingStep step = model.mapping();
        TableView<ColumnChoice> table = new TableView<>(step.columns());
        table.setId("importMappingTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnChoice, String> column = new TableColumn<>(messages.get("import.mapping.column"));
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().column()));
        column.setPrefWidth(200);
        TableColumn<ColumnChoice, String> sample = new TableColumn<>(messages.get("import.mapping.sample"));
        sample.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().sample()));
        sample.setPrefWidth(260);
        TableColumn<ColumnChoice, ColumnChoice> field = new TableColumn<>(messages.get("import.mapping.field"));
        field.setPrefWidth(260);
        ChoiceCell.install(field, ColumnChoice::fieldProperty, ColumnChoice::column, step.fields(), step::label,
                "import-field-choice");
        table.getColumns().setAll(List.of(column, sample, field));
        table.setPlaceholder(Tables.placeholder(messages.get("import.mapping.noColumns")));
        VBox.setVgrow(table, Priority.ALWAYS);

        CheckBox accounts = new CheckBox(messages.get("import.mapping.createAccounts"));
        accounts.setId("importCreateAccounts");
        accounts.selectedProperty().bindBidirectional(step.createAccountsProperty());
        CheckBox owners = new CheckBox(messages.get("import.mapping.createOwners"));
        owners.setId("importCreateOwners");
        owners.selectedProperty().bindBidirectional(step.createOwnersProperty());
        HBox options = new HBox(18, accounts, owners);

        ComboBox<String> savedList = new ComboBox<>(step.savedNames());
        savedList.setId("importSavedField");
        savedList.setPromptText(messages.get("import.mapping.savedPrompt"));
        savedList.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(step.savedNames()));
        Button use = new Button(messages.get("import.mapping.use"));
        use.setId("importUseSavedButton");
        use.disableProperty().bind(savedList.valueProperty().isNull().or(model.busyProperty()));
        use.setOnAction(event -> model.useSaved(savedList.getValue()));
        TextField name = new TextField();
        name.setId("importSaveNameField");
        name.setPromptText(messages.get("import.mapping.namePrompt"));
        name.setPrefColumnCount(20);
        name.textProperty().bindBidirectional(step.saveNameProperty());
        Button save = new Button(messages.get("import.mapping.save"));
        save.setId("importSaveMappingButton");
        save.disableProperty().bind(step.saveNameProperty().isEmpty().or(model.busyProperty()));
        save.setOnAction(event -> model.saveMapping());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox saved = new HBox(8, savedList, use, gap, name, save);
        saved.getStyleClass().add("import-row");
        Label note = new Label();
        note.setId("importMappingNote");
        note.getStyleClass().add("import-hint");
        note.textProperty().bind(step.noteProperty());
        Label problem = new Label();
        problem.setId("importMappingProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(step.problemProperty());
        problem.managedProperty().bind(step.problemProperty().isNotEmpty());
        return new VBox(8, table, problem, options, saved, note);
    }

    Node values() {
        ValuesStep step = model.values();
        Label heading = new Label();
        heading.setId("importValuesHeading");
        heading.getStyleClass().add("import-subheading");
        heading.textProperty().bind(step.headingProperty());
        TableView<ValueChoice> table = new TableView<>(step.values());
        table.setId("importValuesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ValueChoice, String> value = new TableColumn<>(messages.get("import.values.value"));
        value.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().value()));
        value.setPrefWidth(220);
        TableColumn<ValueChoice, Integer> rows = new TableColumn<>(messages.get("import.values.rows"));
        rows.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().rows()));
        rows.setPrefWidth(70);
        rows.getStyleClass().add("amount-column");
        TableColumn<ValueChoice, ValueChoice> target = new TableColumn<>(messages.get("import.values.target"));
        target.setPrefWidth(230);
        ChoiceCell.install(target, ValueChoice::targetProperty, ValueChoice::value, step.targets(), step::label,
                "import-value-choice");
        TableColumn<ValueChoice, String> note = new TableColumn<>(messages.get("import.values.note"));
        note.setCellValueFactory(row -> row.getValue().noteProperty());
        table.getColumns().setAll(List.of(value, rows, target, note));
        table.setPlaceholder(Tables.placeholder(messages.get("import.values.none")));
        table.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(step.values()));
        table.managedProperty().bind(table.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField dateFormat = new TextField();
        dateFormat.setId("importDateFormatField");
        dateFormat.setPromptText(messages.get("import.values.datePrompt"));
        dateFormat.setPrefColumnCount(14);
        dateFormat.textProperty().bindBidirectional(step.dateFormatProperty());
        CheckBox comma = new CheckBox(messages.get("import.values.decimalComma"));
        comma.setId("importDecimalCommaField");
        comma.selectedProperty().bindBidirectional(step.decimalCommaProperty());
        TextField currency = new TextField();
        currency.setId("importCurrencyField");
        currency.setPrefColumnCount(5);
        currency.textProperty().bindBidirectional(model.currencyProperty());
        Label currencyLabel = label("import.values.currency");
        boolean amounts = model.readAs() == ImportType.OPPORTUNITIES;
        model.stepProperty().addListener((obs, old, now) -> {
            boolean show = model.readAs() == ImportType.OPPORTUNITIES;
            for (Node node : List.of(currency, currencyLabel)) {
                node.setVisible(show);
                node.setManaged(show);
            }
        });
        currency.setVisible(amounts);
        currencyLabel.setVisible(amounts);
        HBox formats = new HBox(10, label("import.values.dateFormat"), dateFormat, comma, currencyLabel, currency);
        formats.getStyleClass().add("import-row");
        Label hint = new Label(messages.get("import.values.formatsHint"));
        hint.getStyleClass().add("import-hint");
        hint.setWrapText(true);
        return new VBox(8, heading, table, formats, hint);
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private <E extends Enum<E>> void named(ComboBox<E> box) {
        box.setButtonCell(enumCell());
        box.setCellFactory(list -> enumCell());
    }

    private <E extends Enum<E>> ListCell<E> enumCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.name(item));
            }
        };
    }
}
