package org.fieldbook.ui.approvals;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.ui.approvals.ApprovalsViewModel.Row;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.OpportunityEditor;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Approvals screen: a manager's inbox (the requests of others, with their facts; a comment, Approve and
 * Reject) above the user's own requests with their status. Enter or a double click opens the deal.
 */
public final class ApprovalsView implements SectionView {
    private final ApprovalsViewModel model;
    private final Messages messages;
    private final OpportunityEditor editor;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final BorderPane root = new BorderPane();
    private final TableView<Row> inbox = new TableView<>();
    private final TableView<Row> mine = new TableView<>();

    public ApprovalsView(ApprovalsViewModel model, Messages messages, OpportunityEditor editor) {
        this.model = model;
        this.messages = messages;
        this.editor = editor;
        build();
    }

    private void build() {
        root.setId("approvalsScreen");
        root.getStyleClass().add("approvals-screen");
        FilteredList<Row> shownInbox = new FilteredList<>(model.toDecide());
        FilteredList<Row> shownMine = new FilteredList<>(model.mine());
        filter.addListener((obs, old, text) -> {
            shownInbox.setPredicate(matching(text));
            shownMine.setPredicate(matching(text));
        });

        inbox.setId("approvalInbox");
        inbox.setItems(shownInbox);
        inbox.setPlaceholder(Tables.placeholder(messages.get("approvals.inbox.empty")));
        inbox.getColumns().setAll(List.of(
                column("approvals.column.deal", Row::deal, 180), column("approvals.column.account", Row::account, 125),
                column("approvals.column.for", Row::action, 70), number("approvals.column.discount", Row::discount, 105),
                number("approvals.column.amount", Row::amount, 135),
                column("approvals.column.requestedBy", Row::requestedBy, 105),
                column("approvals.column.requestedAt", Row::requestedAt, 175),
                column("approvals.column.note", Row::note, 160)));
        inbox.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(inbox.getSelectionModel().selectedItemProperty());
        Tables.fitRows(inbox, 6);

        TextField comment = new TextField();
        comment.setId("approvalComment");
        comment.setPromptText(messages.get("approvals.comment.prompt"));
        comment.textProperty().bindBidirectional(model.commentProperty());
        comment.setOnAction(event -> model.approve());
        HBox.setHgrow(comment, Priority.ALWAYS);
        Button approve = new Button(messages.get("approvals.approve"), new FontIcon("mdal-check"));
        approve.setId("approveButton");
        approve.getStyleClass().add("success");
        approve.disableProperty().bind(model.canDecideProperty().not());
        approve.setOnAction(event -> model.approve());
        Button reject = new Button(messages.get("approvals.reject"), new FontIcon("mdal-close"));
        reject.setId("rejectButton");
        reject.getStyleClass().add("danger");
        reject.disableProperty().bind(model.canDecideProperty().not());
        reject.setOnAction(event -> model.reject());
        HBox decide = new HBox(8, comment, approve, reject);
        decide.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("approvalProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox managerBox = new VBox(8, heading("approvals.inbox.title"), inbox, decide, problem);
        managerBox.managedProperty().bind(model.managerProperty());
        managerBox.visibleProperty().bind(model.managerProperty());

        Label repHint = new Label(messages.get("approvals.repHint"));
        repHint.setId("approvalsRepHint");
        repHint.getStyleClass().add("text-muted");
        repHint.setWrapText(true);
        repHint.managedProperty().bind(model.managerProperty().not().and(model.loadedProperty()));
        repHint.visibleProperty().bind(repHint.managedProperty());

        mine.setId("myRequests");
        mine.setItems(shownMine);
        mine.setPlaceholder(Tables.placeholder(messages.get("approvals.mine.empty")));
        mine.getColumns().setAll(List.of(
                column("approvals.column.deal", Row::deal, 175), column("approvals.column.for", Row::action, 70),
                number("approvals.column.discount", Row::discount, 105),
                number("approvals.column.amount", Row::amount, 135),
                column("approvals.column.requestedAt", Row::requestedAt, 175),
                column("approvals.column.status", Row::status, 90),
                column("approvals.column.decision", Row::decision, 300)));
        mine.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(mine, Priority.ALWAYS);
        VBox content = new VBox(12, managerBox, repHint, heading("approvals.mine.title"), mine);
        content.setPadding(new Insets(16));
        root.setCenter(content);

        hasSelection.bind(Bindings.isNotNull(inbox.getSelectionModel().selectedItemProperty())
                .or(Bindings.isNotNull(mine.getSelectionModel().selectedItemProperty())));
        for (TableView<Row> table : List.of(inbox, mine)) {
            table.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    openDeal(table);
                    event.consume();
                }
            });
            table.setRowFactory(view -> {
                var row = new javafx.scene.control.TableRow<Row>() {
                    @Override
                    protected void updateItem(Row item, boolean empty) {
                        super.updateItem(item, empty);
                        // the note and the decision are often longer than their column
                        setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(
                                item.action() + " · " + item.deal() + (item.note().isEmpty() ? "" : "\n" + item.note())
                                        + "\n" + item.decision()));
                    }
                };
                row.setOnMouseClicked(event -> {
                    if (event.getClickCount() == 2 && !row.isEmpty()) {
                        openDeal(table);
                    }
                });
                return row;
            });
        }
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 105));
        return column;
    }

    private TableColumn<Row, String> number(String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = column(key, value, width);
        column.getStyleClass().add("amount-column");
        return column;
    }

    private static Predicate<Row> matching(String text) {
        if (text == null || text.isBlank()) {
            return row -> true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return row -> (row.deal() + " " + row.account() + " " + row.requestedBy()).toLowerCase(Locale.ROOT)
                .contains(wanted);
    }

    private void openDeal(TableView<Row> table) {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            editor.edit(root.getScene() == null ? null : root.getScene().getWindow(), row.opportunityId(),
                    model::refresh);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public StringProperty filterProperty() {
        return filter;
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return model.summaryProperty();
    }

    @Override
    public ReadOnlyBooleanProperty loadedProperty() {
        return model.loadedProperty();
    }

    @Override
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    @Override
    public void shown() {
        model.refreshIfStale();
    }

    @Override
    public void newRecord() {
        // requests are made where the step is refused (the board, a quote); Ctrl+N does nothing here
    }

    /** Edit opens the deal of the selected request. */
    @Override
    public void editSelected() {
        openDeal(inbox.getSelectionModel().getSelectedItem() != null ? inbox : mine);
    }

    @Override
    public void deleteSelected() {
        // a request is not deleted: it stays as the record of what was asked and decided
    }

    @Override
    public void reveal(UUID id) {
        model.toDecide().stream().filter(row -> row.id().equals(id)).findFirst()
                .ifPresent(row -> inbox.getSelectionModel().select(row));
    }

    @Override
    public void focusTable() {
        (model.managerProperty().get() ? inbox : mine).requestFocus();
    }
}
