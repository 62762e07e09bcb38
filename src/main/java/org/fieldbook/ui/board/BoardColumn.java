package org.fieldbook.ui.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.PipelineStage;

/**
 * One open stage of the board: every card in it in column order, the cards the filter lets through (what the
 * list shows) and the header's figures over those. The shown cards' total is kept as cards come and go, so a
 * move costs the same in a column of ten cards as in one of ten thousand.
 */
public final class BoardColumn {
    private final PipelineStage stage;
    private final List<BoardCard> all = new ArrayList<>();
    /** What the list shows; written behind its back only to swap a card for one that looks the same. */
    private final List<BoardCard> shownCards = new ArrayList<>();
    private final ObservableList<BoardCard> cards = FXCollections.observableList(shownCards);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weighted = new ReadOnlyStringWrapper("");
    /** The user's currency, or null: then the column adds up in the currency of its first shown card. */
    private final String userCurrency;
    private String reporting;
    private BigDecimal shownTotal = BigDecimal.ZERO;
    private int shownInOtherCurrencies;

    BoardColumn(PipelineStage stage, String title, String userCurrency) {
        this.stage = stage;
        this.title.set(title);
        this.userCurrency = userCurrency;
        this.reporting = userCurrency;
    }

    void fill(List<BoardCard> inOrder, Predicate<BoardCard> shown) {
        all.clear();
        all.addAll(inOrder);
        refilter(shown);
    }

    void refilter(Predicate<BoardCard> shown) {
        cards.setAll(all.stream().filter(shown).toList());
        retotal();
    }

    private void retotal() {
        reporting = userCurrency != null || shownCards.isEmpty() ? userCurrency
                : shownCards.get(0).opportunity().amount().currency();
        shownTotal = BigDecimal.ZERO;
        shownInOtherCurrencies = 0;
        shownCards.forEach(card -> count(card, true));
    }

    /**
     * Adds or takes away one shown card's amount. Without a currency of the user's (only before the first-run
     * questions are answered) the column adds up in its first card's, so it is worked out afresh instead.
     */
    private void recount(BoardCard card, boolean added) {
        if (userCurrency == null) {
            retotal();
        } else {
            count(card, added);
        }
    }

    private void count(BoardCard card, boolean added) {
        Money amount = card.opportunity().amount();
        if (reporting == null) {
            reporting = amount.currency();
        }
        if (amount.currency().equals(reporting)) {
            shownTotal = added ? shownTotal.add(amount.amount()) : shownTotal.subtract(amount.amount());
        } else {
            shownInOtherCurrencies += added ? 1 : -1;
        }
    }

    /** Takes a card out; returns where it was shown, or -1 when it was not. */
    int remove(UUID id) {
        all.removeIf(card -> card.id().equals(id));
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id().equals(id)) {
                recount(cards.remove(i), false);
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
        recount(card, true);
    }

    /**
     * Puts the stored version of a card in place of the one shown. When it looks the same ({@code sameFace}),
     * the list is not told: its cell keeps its nodes and nothing is drawn again (without a GPU, a redrawn
     * column costs more than the whole move). The stored card is what the column holds from then on.
     */
    void replace(BoardCard stored, java.util.function.BiPredicate<BoardCard, BoardCard> sameFace) {
        // one set each, not replaceAll: every element an observable list replaces is a change of its own
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(stored.id())) {
                all.set(i, stored);
                break;
            }
        }
        int shown = indexOf(stored.id());
        if (shown >= 0) {
            BoardCard before = shownCards.get(shown);
            if (sameFace.test(before, stored)) {
                shownCards.set(shown, stored);
            } else {
                cards.set(shown, stored);
            }
            recount(before, false);
            recount(stored, true);
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

    /** The currency the header adds up in; null for an empty column when the user has none. */
    String reportingCurrency() {
        return reporting;
    }

    /** The amounts of the shown cards in the reporting currency, added up. */
    BigDecimal shownTotal() {
        return shownTotal;
    }

    /** How many shown cards are in another currency (counted, not added). */
    int shownInOtherCurrencies() {
        return shownInOtherCurrencies;
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
