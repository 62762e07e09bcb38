package org.fieldbook.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.PipelineStage;

/**
 * One open stage of the board: every card in it in column order, the cards the filter lets through (what the
 * list shows) and the header's figures over those.
 */
public final class BoardColumn {
    private final PipelineStage stage;
    private final List<BoardCard> all = new ArrayList<>();
    private final ObservableList<BoardCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weighted = new ReadOnlyStringWrapper("");

    BoardColumn(PipelineStage stage, String title) {
        this.stage = stage;
        this.title.set(title);
    }

    void fill(List<BoardCard> inOrder, Predicate<BoardCard> shown) {
        all.clear();
        all.addAll(inOrder);
        refilter(shown);
    }

    void refilter(Predicate<BoardCard> shown) {
        cards.setAll(all.stream().filter(shown).toList());
    }

    /** Takes a card out; returns where it was shown, or -1 when it was not. */
    int remove(UUID id) {
        all.removeIf(card -> card.id().equals(id));
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id().equals(id)) {
                cards.remove(i);
                return i;
            }
        }
        return -1;
    }

    /** Puts a card at {@code shownIndex} of the list, right below the card shown above it in the whole column. */
    void insert(BoardCard card, int shownIndex) {
        int index = Math.max(0, Math.min(shownIndex, cards.size()));
        BoardCard above = index > 0 ? cards.get(index - 1) : null;
        BoardCard below = index < cards.size() ? cards.get(index) : null;
        int at = above != null ? all.indexOf(above) + 1 : below != null ? all.indexOf(below) : all.size();
        all.add(at, card);
        cards.add(index, card);
    }

    /** Puts the stored version of a card in place of the one shown. */
    void replace(BoardCard stored) {
        // one set each, not replaceAll: every element an observable list replaces is a change of its own
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(stored.id())) {
                all.set(i, stored);
                break;
            }
        }
        int shown = indexOf(stored.id());
        if (shown >= 0) {
            cards.set(shown, stored);
        }
    }

    int indexOf(UUID id) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    void header(String newCount, String newTotal, String newWeighted) {
        count.set(newCount);
        total.set(newTotal);
        weighted.set(newWeighted);
    }

    public PipelineStage stage() {
        return stage;
    }

    /** The cards the filter lets through, in column order. */
    public ObservableList<BoardCard> cards() {
        return cards;
    }

    /** How many cards the column holds, filter or not. */
    public int size() {
        return all.size();
    }

    /** "Proposal · 50 %". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightedProperty() {
        return weighted.getReadOnlyProperty();
    }
}
