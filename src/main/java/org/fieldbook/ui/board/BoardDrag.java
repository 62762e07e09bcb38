package org.fieldbook.ui.board;

import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.input.DragEvent;

/** The drag under way on the board, if any: which card, and whether the drop zones are to be shown. */
final class BoardDrag {
    private final ReadOnlyBooleanWrapper dragging = new ReadOnlyBooleanWrapper();
    private UUID card;

    void started(UUID id) {
        card = id;
        dragging.set(true);
    }

    /** The drag ended: dropped, or cancelled with Esc or outside any column (the card then stays). */
    void ended() {
        card = null;
        dragging.set(false);
    }

    /** The card a drag event carries, when it is one of the board's. */
    UUID cardId(DragEvent event) {
        var board = event.getDragboard();
        if (!board.hasString()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(board.getString());
            return card == null || card.equals(id) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    ReadOnlyBooleanProperty draggingProperty() {
        return dragging.getReadOnlyProperty();
    }
}
