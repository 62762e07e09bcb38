package org.fieldbook.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;

/** The Help menu's dialogs: the keyboard shortcuts and what this Fieldbook is. */
final class HelpDialogs {
    private static final String[][] SHORTCUTS = {
        {"shortcuts.new.keys", "shortcuts.new"},
        {"shortcuts.edit.keys", "shortcuts.edit"},
        {"shortcuts.delete.keys", "shortcuts.delete"},
        {"shortcuts.undo.keys", "shortcuts.undo"},
        {"shortcuts.find.keys", "shortcuts.find"},
        {"shortcuts.clearSearch.keys", "shortcuts.clearSearch"},
        {"shortcuts.screens.keys", "shortcuts.screens"},
        {"board.shortcuts.arrows.keys", "board.shortcuts.arrows"},
        {"board.shortcuts.move.keys", "board.shortcuts.move"},
        {"shortcuts.sync.keys", "shortcuts.sync"},
        {"shortcuts.theme.keys", "shortcuts.theme"},
        {"shortcuts.help.keys", "shortcuts.help"},
        {"shortcuts.quit.keys", "shortcuts.quit"},
    };

    private HelpDialogs() {
    }

    static void shortcuts(Window owner, Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (String[] shortcut : SHORTCUTS) {
            Label key = new Label(messages.get(shortcut[0]));
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row++, key, new Label(messages.get(shortcut[1])));
        }
        Alert alert = alert(owner, messages, messages.get("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void about(Window owner, Messages messages, String version, Path dataFolder) {
        Alert alert = alert(owner, messages, messages.get("about.title"));
        alert.setHeaderText(messages.get("about.header", version));
        alert.setContentText(messages.get("about.text", dataFolder));
        alert.show();
    }

    private static Alert alert(Window owner, Messages messages, String title) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setGraphic(null);
        Theme.style(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }
}
