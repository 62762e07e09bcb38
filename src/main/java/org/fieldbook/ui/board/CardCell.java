package org.fieldbook.ui.board;

import javafx.beans.property.IntegerProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One card of a column: title, account, amount, expected close (red when past), owner's initials, days in the
 * stage and the rotting marker. The nodes are made once per cell and refilled as the list scrolls.
 */
final class CardCell extends ListCell<BoardCard> {
    static final double HEIGHT = 104;
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass ROTTING = PseudoClass.getPseudoClass("rotting");
    private static final PseudoClass NO_DECISION_MAKER = PseudoClass.getPseudoClass("no-decision-maker");
    private static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");
    private static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");

    private final BoardViewModel model;
    private final Formats formats;
    private final Messages messages;
    private final IntegerProperty dropIndex;
    private final Label title = new Label();
    private final Label account = new Label();
    private final Label amount = new Label();
    private final Label close = new Label();
    private final Label owner = new Label();
    private final Label days = new Label();
    private final Label rotting = new Label(null, new FontIcon("mdal-hourglass_bottom"));
    private final Label noDecisionMaker = new Label(null, new FontIcon("mdoal-how_to_reg"));
    private final VBox card;
    private final CardHolder holder;

    /**
     * The markers' tooltips, one pair for all the cards of a column: a tooltip is a popup window with a scene
     * of its own, and two per card were a tenth of the board's first paint.
     */
    record Tooltips(Tooltip rotting, Tooltip noDecisionMaker) {
        Tooltips(Messages messages) {
            this(new Tooltip(messages.get("board.card.rotting")),
                    new Tooltip(messages.get("board.card.noDecisionMaker")));
        }
    }

    CardCell(BoardViewModel model, Formats formats, Messages messages, IntegerProperty dropIndex,
             Tooltips tooltips) {
        this.model = model;
        this.formats = formats;
        this.messages = messages;
        this.dropIndex = dropIndex;
        // Only our own style class: the theme's list-cell rules stripe rows by :odd and :even, and a card put at
        // the top of a column shifts every index below it, so each visible cell had its style worked out anew.
        getStyleClass().setAll("card-cell");
        title.getStyleClass().add("card-title");
        account.getStyleClass().add("card-account");
        amount.getStyleClass().add("card-amount");
        close.getStyleClass().add("card-close");
        owner.getStyleClass().add("card-owner");
        days.getStyleClass().add("card-days");
        rotting.getStyleClass().add("card-rotting");
        rotting.setTooltip(tooltips.rotting());
        noDecisionMaker.getStyleClass().add("card-no-decision-maker");
        noDecisionMaker.setTooltip(tooltips.noDecisionMaker());
        noDecisionMaker.managedProperty().bind(noDecisionMaker.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox money = new HBox(6, amount, spacer, close);
        money.setAlignment(Pos.BASELINE_LEFT);
        HBox people = new HBox(6, owner, days, gap, noDecisionMaker, rotting);
        people.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(2, title, account, money, people);
        card.getStyleClass().add("deal-card");
        card.setMinWidth(0);
        card.setPrefWidth(0); // the cell's width decides; long titles are cut with an ellipsis
        holder = new CardHolder(card);
        setPrefWidth(0);
        dropIndex.addListener((obs, old, index) -> showDropMarker());
    }

    @Override
    protected void updateItem(BoardCard item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            card.pseudoClassStateChanged(OVERDUE, false);
            card.pseudoClassStateChanged(ROTTING, false);
            card.pseudoClassStateChanged(NO_DECISION_MAKER, false);
        } else {
            var deal = item.opportunity();
            title.setText(deal.title());
            account.setText(item.accountName());
            amount.setText(formats.money(deal.amount()));
            close.setText(formats.compactDate(deal.expectedClose()));
            owner.setText(item.ownerInitials());
            owner.setVisible(!item.ownerInitials().isEmpty());
            days.setText(messages.get("board.card.days", model.daysInStage(item)));
            boolean isRotting = model.isRotting(item);
            rotting.setVisible(isRotting);
            card.pseudoClassStateChanged(OVERDUE, model.isOverdue(item));
            card.pseudoClassStateChanged(ROTTING, isRotting);
            boolean lacks = model.lacksDecisionMaker(item);
            noDecisionMaker.setVisible(lacks);
            card.pseudoClassStateChanged(NO_DECISION_MAKER, lacks);
            setText(null);
            setGraphic(holder);
        }
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        showDropMarker();
    }

    /**
     * What a screen reader reads for the card, worked out when it asks: a move refills every cell it shifts,
     * and describing each card there was about 40 % of what a refill allocated (its amount, date and sentence
     * formatted again).
     */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        BoardCard item = getItem();
        if (attribute == AccessibleAttribute.TEXT && !isEmpty() && item != null) {
            return model.describe(item);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public void updateIndex(int i) {
        super.updateIndex(i);
        showDropMarker();
    }

    /** The open slot where a dragged card would land: a line above this card, or below the last one. */
    private void showDropMarker() {
        int at = dropIndex.get();
        int size = getListView() == null ? 0 : getListView().getItems().size();
        boolean filled = !isEmpty() && getItem() != null;
        pseudoClassStateChanged(DROP_ABOVE, filled && at >= 0 && getIndex() == at);
        pseudoClassStateChanged(DROP_BELOW, filled && at >= 0 && at == size && getIndex() == size - 1);
    }

    /**
     * The cell's graphic, holding the card outside the layout chain: new texts on the card lay out only the
     * card, so the cell does not need layout. A cell that needs layout gets VirtualFlow's {@code applyCss()},
     * which restyles its 25 nodes, and a move shifts every visible card of two columns (docs/benchmarks.md,
     * twelfth session).
     */
    private static final class CardHolder extends Region {
        private final Region card;

        CardHolder(Region card) {
            this.card = card;
            getStyleClass().add("card-lift");
            card.setManaged(false);
            getChildren().add(card);
            setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected double computeMinHeight(double width) {
            return card.minHeight(width);
        }

        @Override
        protected double computePrefHeight(double width) {
            return card.prefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            card.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }
}
