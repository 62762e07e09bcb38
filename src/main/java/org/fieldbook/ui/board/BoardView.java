package org.fieldbook.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.OpportunityEditor;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.SectionView;

/**
 * The pipeline board: filter bar, one column per open stage, and the Won, Lost and Delete zones that appear
 * while a card is dragged. Arrow keys move the selection, Ctrl+Shift+Left/Right move the selected card a
 * stage, Enter opens it, Delete deletes it.
 */
public final class BoardView implements SectionView {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("drag-over");

    private final BoardViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final OpportunityEditor editor;
    private final FollowUp followUp;
    private final java.util.function.Supplier<PipelinesViewModel> pipelinesEditor;
    private final BoardDrag drag = new BoardDrag();
    private final List<ColumnView> columnViews = new ArrayList<>();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private BoardCard selected;

    @FXML private BorderPane root;
    @FXML private ComboBox<Pipeline> pipelineField;
    @FXML private ToggleButton mineToggle;
    @FXML private TextField textField;
    @FXML private DatePicker closeFromField;
    @FXML private DatePicker closeToField;
    @FXML private TextField minAmountField;
    @FXML private Label minAmountError;
    @FXML private Button clearFilterButton;
    @FXML private Button editPipelinesButton;
    @FXML private HBox problemBar;
    @FXML private Label problemLabel;
    @FXML private Button dismissProblemButton;
    @FXML private ScrollPane columnsScroll;
    @FXML private HBox columnsBox;
    @FXML private HBox dropZones;
    @FXML private Label wonZone;
    @FXML private Label lostZone;
    @FXML private Label deleteZone;

    public BoardView(BoardViewModel model, Messages messages, Formats formats, OpportunityEditor editor,
                     java.util.function.Supplier<PipelinesViewModel> pipelinesEditor) {
        this(model, messages, formats, editor, pipelinesEditor, FollowUp.NONE);
    }

    public BoardView(BoardViewModel model, Messages messages, Formats formats, OpportunityEditor editor,
                     java.util.function.Supplier<PipelinesViewModel> pipelinesEditor, FollowUp followUp) {
        this.followUp = followUp;
        this.model = model;
        this.pipelinesEditor = pipelinesEditor;
        this.messages = messages;
        this.formats = formats;
        this.editor = editor;
    }

    /**
     * JavaFX's scroll pane keeps its whole content as one cached image, drawn anew when anything in it
     * changes: every move then redrew all four columns, about 30 ms a move without a GPU. Uncached, only the
     * cards that changed are drawn.
     */
    private void drawColumnsDirectly() {
        javafx.scene.Node viewport = columnsScroll.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    @FXML
    private void initialize() {
        columnsScroll.skinProperty().addListener((obs, old, skin) -> drawColumnsDirectly());
        pipelineField.setItems(model.pipelineChoices());
        Pickers.show(pipelineField, pipeline -> messages.dataName(pipeline.name()), "");
        pipelineField.valueProperty().bindBidirectional(model.pipelineProperty());
        mineToggle.selectedProperty().bindBidirectional(model.mineProperty());
        textField.textProperty().bindBidirectional(model.textProperty());
        closeFromField.valueProperty().bindBidirectional(model.closeFromProperty());
        closeToField.valueProperty().bindBidirectional(model.closeToProperty());
        minAmountField.textProperty().bindBidirectional(model.minAmountProperty());
        minAmountError.textProperty().bind(model.minAmountErrorProperty());
        minAmountError.visibleProperty().bind(model.minAmountErrorProperty().isNotEmpty());
        minAmountError.managedProperty().bind(minAmountError.visibleProperty());
        model.minAmountErrorProperty().addListener((obs, old, error) ->
                minAmountField.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), !error.isEmpty()));
        clearFilterButton.setOnAction(event -> model.clearFilter());
        editPipelinesButton.setOnAction(event -> {
            if (new PipelinesDialog(pipelinesEditor.get(), messages, model.me()).showAndWait(window())) {
                model.reload();
            }
        });

        var problem = model.moves().problemProperty();
        problemLabel.textProperty().bind(problem);
        problemBar.visibleProperty().bind(problem.isNotEmpty());
        problemBar.managedProperty().bind(problemBar.visibleProperty());
        dismissProblemButton.setOnAction(event -> model.moves().dismissProblem());

        dropZones.visibleProperty().bind(drag.draggingProperty());
        zone(wonZone, id -> model.moves().markWon(id));
        zone(lostZone, id -> model.moves().markLost(id));
        zone(deleteZone, id -> model.moves().delete(id));

        model.moves().askWith(new BoardDialogs(root, messages, formats));
        model.columns().addListener((ListChangeListener<BoardColumn>) change -> buildColumns());
        buildColumns();
    }

    private void zone(Label zone, java.util.function.Consumer<UUID> action) {
        zone.setOnDragOver(event -> {
            if (drag.cardId(event) != null) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        zone.setOnDragEntered(event -> zone.pseudoClassStateChanged(OVER, true));
        zone.setOnDragExited(event -> zone.pseudoClassStateChanged(OVER, false));
        zone.setOnDragDropped(event -> {
            UUID id = drag.cardId(event);
            zone.pseudoClassStateChanged(OVER, false);
            event.setDropCompleted(id != null);
            event.consume();
            if (id != null) {
                // after the drag has ended: the zone's question is a dialog of its own
                Platform.runLater(() -> action.accept(id));
            }
        });
    }

    private void buildColumns() {
        UUID keep = selected == null ? null : selected.id();
        columnViews.clear();
        for (BoardColumn column : model.columns()) {
            ColumnView view = new ColumnView(column, model, formats, messages, drag);
            ListView<BoardCard> list = view.list();
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, card) -> {
                if (card != null) {
                    select(view, card);
                } else if (selected != null && column.indexOf(selected.id()) < 0 && list.isFocused()) {
                    selected = null;
                    hasSelection.set(false);
                }
            });
            list.addEventFilter(KeyEvent.KEY_PRESSED, event -> keyPressed(view, event));
            org.fieldbook.ui.common.ContextMenus.attach(list, cardMenu(list));
            columnViews.add(view);
        }
        columnsBox.getChildren().setAll(columnViews.stream().map(ColumnView::root).toList());
        if (keep != null) {
            reveal(keep);
        }
    }

    private void select(ColumnView in, BoardCard card) {
        selected = card;
        hasSelection.set(true);
        for (ColumnView other : columnViews) {
            if (other != in) {
                other.list().getSelectionModel().clearSelection();
            }
        }
    }

    private void keyPressed(ColumnView view, KeyEvent event) {
        BoardCard card = view.list().getSelectionModel().getSelectedItem();
        int at = columnViews.indexOf(view);
        boolean sideways = event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT;
        int step = event.getCode() == KeyCode.LEFT ? -1 : 1;
        if (sideways && event.isShortcutDown() && event.isShiftDown()) {
            if (card != null) {
                BoardColumn target = model.moves().moveBy(card.id(), step);
                if (target != null) {
                    reveal(card.id());
                }
            }
            event.consume();
        } else if (sideways && !event.isShortcutDown() && !event.isAltDown()) {
            int to = at + step;
            if (to >= 0 && to < columnViews.size()) {
                ListView<BoardCard> next = columnViews.get(to).list();
                int index = Math.min(Math.max(0, view.list().getSelectionModel().getSelectedIndex()),
                        next.getItems().size() - 1);
                next.requestFocus();
                if (index >= 0) {
                    next.getSelectionModel().select(index);
                    next.scrollTo(index);
                }
            }
            event.consume();
        } else if (event.getCode() == KeyCode.L && event.isShortcutDown() && card != null) {
            logActivity(card, null);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && card != null) {
            open(card.id());
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE && card != null) {
            model.moves().delete(card.id());
            event.consume();
        }
    }

    /** A card's follow-up: log a call or visit (or any activity), its history, its buying roles. */
    private javafx.scene.control.ContextMenu cardMenu(ListView<BoardCard> list) {
        javafx.scene.control.MenuItem call = menuItem("board.card.logCall", "mdal-call",
                () -> logActivity(list, org.fieldbook.domain.ActivityType.CALL));
        call.setId("logCallItem");
        javafx.scene.control.MenuItem visit = menuItem("board.card.logVisit", "mdal-directions_car",
                () -> logActivity(list, org.fieldbook.domain.ActivityType.VISIT));
        visit.setId("logVisitItem");
        javafx.scene.control.MenuItem any = menuItem("board.card.logActivity", "mdal-add",
                () -> logActivity(list, null));
        any.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.L,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        javafx.scene.control.MenuItem history = menuItem("board.card.history", "mdal-history", () -> {
            BoardCard card = list.getSelectionModel().getSelectedItem();
            if (card != null) {
                followUp.showHistory(window(), FollowUp.Subject.OPPORTUNITY, card.id(), card.opportunity().title());
            }
        });
        history.setId("historyItem");
        javafx.scene.control.MenuItem roles = menuItem("board.card.roles", "mdmz-people", () -> {
            BoardCard card = list.getSelectionModel().getSelectedItem();
            if (card != null) {
                followUp.editBuyingRoles(window(), card.id(), model::reload);
            }
        });
        roles.setId("rolesItem");
        return new javafx.scene.control.ContextMenu(call, visit, any,
                new javafx.scene.control.SeparatorMenuItem(), history, roles);
    }

    private javafx.scene.control.MenuItem menuItem(String key, String icon, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(messages.get(key),
                new org.kordamp.ikonli.javafx.FontIcon(icon));
        item.setOnAction(event -> action.run());
        return item;
    }

    private void logActivity(ListView<BoardCard> list, org.fieldbook.domain.ActivityType type) {
        BoardCard card = list.getSelectionModel().getSelectedItem();
        if (card != null) {
            logActivity(card, type);
        }
    }

    private void logActivity(BoardCard card, org.fieldbook.domain.ActivityType type) {
        followUp.logActivity(window(), new ActivityContext(card.opportunity().accountId(), null, card.id(), null,
                type), model::reload);
    }

    private void open(UUID id) {
        editor.edit(window(), id, model::reload);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Parent root() {
        return root;
    }

    /** The toolbar's search finds cards by title or account, like the board's own search field. */
    @Override
    public StringProperty filterProperty() {
        return model.textProperty();
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
        model.shown();
    }

    @Override
    public void newRecord() {
        editor.create(window(), model::reload);
    }

    @Override
    public void editSelected() {
        if (selected != null) {
            open(selected.id());
        }
    }

    @Override
    public void deleteSelected() {
        if (selected != null) {
            model.moves().delete(selected.id());
        }
    }

    /** Selects the card and gives its column the keyboard, once it is on the board. */
    @Override
    public void reveal(UUID id) {
        for (ColumnView view : columnViews) {
            int index = view.column().indexOf(id);
            if (index >= 0) {
                view.list().requestFocus();
                view.list().getSelectionModel().select(index);
                view.list().scrollTo(index);
                return;
            }
        }
    }

    @Override
    public void focusTable() {
        for (ColumnView view : columnViews) {
            if (!view.list().getItems().isEmpty()) {
                view.list().requestFocus();
                if (view.list().getSelectionModel().isEmpty()) {
                    view.list().getSelectionModel().select(0);
                }
                return;
            }
        }
    }
}
