package org.fieldbook.ui.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.Opportunity;

/**
 * Which cards the board shows: only the user's own deals, a text found in the title or the account's name,
 * an expected-close range and a minimum amount. Every part is optional and they all must match.
 */
public record BoardFilter(boolean mine, String text, LocalDate closeFrom, LocalDate closeTo, BigDecimal minAmount) {
    public static final BoardFilter NONE = new BoardFilter(false, "", null, null, null);

    public BoardFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** A matcher for {@code me} (null while no profile is set up: "My deals" then shows nothing). */
    public boolean matches(BoardCard card, UUID me) {
        Opportunity deal = card.opportunity();
        if (mine && (me == null || !me.equals(deal.ownerId()))) {
            return false;
        }
        if (!text.isEmpty() && !contains(deal.title(), text) && !contains(card.accountName(), text)) {
            return false;
        }
        LocalDate close = deal.expectedClose();
        if (closeFrom != null && (close == null || close.isBefore(closeFrom))) {
            return false;
        }
        if (closeTo != null && (close == null || close.isAfter(closeTo))) {
            return false;
        }
        return minAmount == null || deal.amount().amount().compareTo(minAmount) >= 0;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
