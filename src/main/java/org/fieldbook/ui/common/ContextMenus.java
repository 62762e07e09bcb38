package org.fieldbook.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Shows a context menu on a right click as well as on the platform's context-menu request: the headless
 * toolkit of the tests (Monocle) sends no context-menu request for a right click.
 */
public final class ContextMenus {
    private ContextMenus() {
    }

    public static void attach(Node node, ContextMenu menu) {
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            menu.show(node, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(node, event.getScreenX(), event.getScreenY());
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && menu.isShowing()) {
                menu.hide();
            }
        });
    }
}
