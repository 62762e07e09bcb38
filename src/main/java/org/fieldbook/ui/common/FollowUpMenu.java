package org.fieldbook.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.fieldbook.domain.ActivityType;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The follow-up context menu of a record table: log a call, a visit or any activity (Ctrl+L) about the selected
 * row, open its history, and for opportunities edit its buying roles. Two clicks to the dialog, one to save.
 */
public final class FollowUpMenu {
    private FollowUpMenu() {
    }

    /** How a table's rows name what an activity is about and whose history to show. */
    public record Rows<R>(Function<R, ActivityContext> about, FollowUp.Subject subject, Function<R, UUID> id,
                          Function<R, String> name, boolean roles) {
    }

    public static <R> void attach(TableView<R> table, Messages messages, FollowUp followUp, Rows<R> rows,
                                  Runnable changed) {
        List<MenuItem> items = new ArrayList<>();
        items.add(item(messages, "board.card.logCall", "mdal-call", "logCallItem", () -> log(table, followUp, rows,
                ActivityType.CALL, changed)));
        items.add(item(messages, "board.card.logVisit", "mdal-directions_car", "logVisitItem", () -> log(table,
                followUp, rows, ActivityType.VISIT, changed)));
        MenuItem any = item(messages, "board.card.logActivity", "mdal-add", "logActivityItem",
                () -> log(table, followUp, rows, null, changed));
        any.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        items.add(any);
        items.add(new SeparatorMenuItem());
        items.add(item(messages, "board.card.history", "mdal-history", "historyItem", () -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                followUp.showHistory(window(table), rows.subject(), rows.id().apply(row), rows.name().apply(row));
            }
        }));
        if (rows.roles()) {
            items.add(item(messages, "board.card.roles", "mdmz-people", "rolesItem", () -> {
                R row = table.getSelectionModel().getSelectedItem();
                if (row != null) {
                    followUp.editBuyingRoles(window(table), rows.id().apply(row), changed);
                }
            }));
            items.add(item(messages, "payments.menu", "mdmz-payments", "paymentsItem", () -> {
                R row = table.getSelectionModel().getSelectedItem();
                if (row != null) {
                    followUp.editPayments(window(table), rows.id().apply(row), changed);
                }
            }));
        }
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        ContextMenus.attach(table, menu);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.L && event.isShortcutDown()) {
                log(table, followUp, rows, null, changed);
                event.consume();
            }
        });
    }

    private static <R> void log(TableView<R> table, FollowUp followUp, Rows<R> rows, ActivityType type,
                                Runnable changed) {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            followUp.logActivity(window(table), rows.about().apply(row).ofType(type), changed);
        }
    }

    private static MenuItem item(Messages messages, String key, String icon, String id, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), new FontIcon(icon));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Window window(TableView<?> table) {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
