package org.fieldbook.domain;

/**
 * Places of cards in a board column are fractions: a card dropped between two others gets the number halfway
 * between theirs, so a move writes one row instead of renumbering the column.
 */
public final class BoardPlaces {
    private BoardPlaces() {
    }

    /**
     * The place between the card above and the card below (either null at an end of the column), or NaN when
     * there is no number strictly between them (equal places, or the halves have run out) and the column
     * must be numbered afresh.
     */
    public static double between(Double above, Double below) {
        if (above == null && below == null) {
            return 1;
        }
        if (above == null) {
            return below - 1;
        }
        if (below == null) {
            return above + 1;
        }
        double middle = above + (below - above) / 2;
        return above < middle && middle < below ? middle : Double.NaN;
    }
}
