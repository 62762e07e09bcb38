package org.fieldbook.ui.board;

import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * One column on screen: the header with the stage's figures and a virtualised list of its cards (only the
 * cards in view have nodes, so a column of thousands scrolls like one of ten). Cards are dragged out of and
 * dropped into the list; while a card is over it, the slot where it would land is marked.
 */
final class ColumnView {
    private final BoardColumn column;
    private final ListView<BoardCard> list = new ListView<>();
    private final IntegerProperty dropIndex = new SimpleIntegerProperty(-1);
    private final VBox root;

    ColumnView(BoardColumn column, BoardViewModel model, Formats formats, Messages messages, BoardDrag drag) {
        this.column = column;
        Label title = new Label();
        title.textProperty().bind(column.titleProperty());
        title.getStyleClass().add("column-title");
        Label count = new Label();
        count.textProperty().bind(column.countProperty());
        count.getStyleClass().add("column-count");
        Label total = new Label();
        total.textProperty().bind(column.totalProperty());
        total.getStyleClass().add("column-total");
        Label weighted = new Label();
        weighted.textProperty().bind(column.weightedProperty());
        weighted.getStyleClass().add("column-weighted");
        VBox header = new VBox(2, title, count, total, weighted);
        header.getStyleClass().add("column-header");

        list.setItems(column.cards());
        list.setId("stage-" + column.stage().name().toLowerCase(Locale.ROOT).replace(' ', '-'));
        list.getStyleClass().add("column-cards");
        list.setFixedCellSize(CardCell.HEIGHT);
        list.setAccessibleText(messages.get("board.column.accessible", messages.dataName(column.stage().name())));
        list.setPlaceholder(placeholder(messages));
        CardCell.Tooltips tooltips = new CardCell.Tooltips(messages);
        list.setCellFactory(view -> {
            CardCell cell = new CardCell(model, formats, messages, dropIndex, tooltips);
            cell.setOnDragDetected(event -> {
                if (cell.getItem() == null) {
                    return;
                }
                Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(cell.getItem().id().toString());
                board.setContent(content);
                board.setDragView(cell.snapshot(null, null), event.getX(), event.getY());
                drag.started(cell.getItem().id());
                event.consume();
            });
            cell.setOnDragDone(event -> drag.ended());
            return cell;
        });
        list.setOnDragOver(event -> {
            if (drag.cardId(event) != null) {
                event.acceptTransferModes(TransferMode.MOVE);
                dropIndex.set(insertionIndex(event));
            }
            event.consume();
        });
        list.setOnDragExited(event -> dropIndex.set(-1));
        list.setOnDragDropped(event -> {
            UUID id = drag.cardId(event);
            int index = insertionIndex(event);
            dropIndex.set(-1);
            if (id != null) {
                model.moves().drop(id, column, index);
            }
            event.setDropCompleted(id != null);
            event.consume();
        });

        root = new VBox(header, list);
        root.getStyleClass().add("board-column");
        root.setUserData(column);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private static Node placeholder(Messages messages) {
        Label empty = new Label(messages.get("board.column.empty"));
        empty.getStyleClass().add("column-empty");
        return empty;
    }

    /** Where a card dropped at the pointer lands: above the card under it, or below it past its middle. */
    private int insertionIndex(DragEvent event) {
        Node picked = event.getPickResult().getIntersectedNode();
        while (picked != null && !(picked instanceof ListCell<?>) && picked != list) {
            picked = picked.getParent();
        }
        if (picked instanceof ListCell<?> cell && !cell.isEmpty() && cell.getIndex() < list.getItems().size()) {
            double y = cell.sceneToLocal(event.getSceneX(), event.getSceneY()).getY();
            return cell.getIndex() + (y > cell.getHeight() / 2 ? 1 : 0);
        }
        return list.getItems().size();
    }

    BoardColumn column() {
        return column;
    }

    ListView<BoardCard> list() {
        return list;
    }

    VBox root() {
        return root;
    }
}
