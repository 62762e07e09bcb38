package org.fieldbook.ui.sync;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The conflicts of one record on the Sync screen: the record, then each field with its sides — who made each
 * and when, the side shown now marked — and the buttons that settle it.
 */
final class ConflictCard {
    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

    private ConflictCard() {
    }

    /** Actions of a card: keep one side, or settle a record deleted while edited. */
    interface Choices {
        void keep(ConflictItem item, ConflictItem.Side side);

        void settleDeleted(ConflictItem item, boolean keepDeleted);
    }

    /** One card for the conflicts of one record: its name once, then each field in conflict with its sides. */
    static VBox of(List<ConflictItem> sameRecord, Messages messages, Choices choices, ObservableBooleanValue busy) {
        VBox card = new VBox();
        card.getStyleClass().add("conflict-card");
        Label heading = new Label(sameRecord.get(0).heading());
        heading.getStyleClass().add("conflict-title");
        heading.setWrapText(true);
        card.getChildren().add(heading);
        for (ConflictItem item : sameRecord) {
            Label what = new Label(item.what());
            what.getStyleClass().add("conflict-field");
            what.setWrapText(true);
            card.getChildren().add(what);
            for (ConflictItem.Side side : item.sides()) {
                card.getChildren().add(side(item, side, messages, item.deletedWhileEdited() ? null : choices::keep,
                        busy));
            }
            if (item.deletedWhileEdited()) {
                card.getChildren().add(deleteActions(item, messages, choices, busy));
            }
        }
        return card;
    }

    private static HBox deleteActions(ConflictItem item, Messages messages, Choices choices,
                                      ObservableBooleanValue busy) {
        Button keepDeleted = button(messages.get("sync.conflict.keepDeleted"), "mdal-delete_outline",
                "keep-deleted-button", busy);
        keepDeleted.setOnAction(event -> choices.settleDeleted(item, true));
        Button restore = button(messages.get("sync.conflict.restore"), "mdmz-restore", "restore-button", busy);
        restore.setOnAction(event -> choices.settleDeleted(item, false));
        HBox actions = new HBox(keepDeleted, restore);
        actions.getStyleClass().add("conflict-actions");
        return actions;
    }

    private static HBox side(ConflictItem item, ConflictItem.Side side, Messages messages,
                             BiConsumer<ConflictItem, ConflictItem.Side> keep, ObservableBooleanValue busy) {
        Label value = new Label(side.text());
        value.getStyleClass().add("conflict-value");
        value.setWrapText(true);
        Label who = new Label(messages.get("sync.conflict.who", side.who(), side.when()));
        who.getStyleClass().add("conflict-who");
        who.setWrapText(true);
        VBox texts = new VBox(value, who);
        texts.getStyleClass().add("conflict-texts");
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(texts);
        row.getStyleClass().add("conflict-side");
        row.pseudoClassStateChanged(SHOWN, side.shown());
        if (side.shown()) {
            Label badge = new Label(messages.get("sync.conflict.shown"));
            badge.getStyleClass().add("shown-badge");
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            row.getChildren().add(badge);
        }
        if (keep != null) {
            Button button = button(messages.get("sync.conflict.keep"), "mdal-check", "keep-value-button", busy);
            button.setAccessibleText(messages.get("sync.conflict.keepAccessible", side.text(), side.who()));
            button.setUserData(side.text());
            button.setOnAction(event -> keep.accept(item, side));
            row.getChildren().add(button);
        }
        return row;
    }

    private static Button button(String text, String icon, String styleClass, ObservableBooleanValue busy) {
        Button button = new Button(text, new FontIcon(icon));
        button.getStyleClass().addAll(styleClass, "small");
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.disableProperty().bind(busy);
        return button;
    }
}
