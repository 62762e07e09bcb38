package org.fieldbook.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
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
        {"shortcuts.searchEverything.keys", "shortcuts.searchEverything"},
        {"shortcuts.newAccount.keys", "shortcuts.newAccount"},
        {"shortcuts.newContact.keys", "shortcuts.newContact"},
        {"shortcuts.newOpportunity.keys", "shortcuts.newOpportunity"},
        {"shortcuts.import.keys", "shortcuts.import"},
        {"shortcuts.logActivity.keys", "shortcuts.logActivity"},
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
            Label what = new Label(messages.get(shortcut[1]));
            // the dialog grows to its labels instead of cutting them with an ellipsis
            key.setMinWidth(Region.USE_PREF_SIZE);
            what.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, key, what);
        }
        Alert alert = alert(owner, messages, messages.get("shortcuts.title"));
        alert.setHeaderText(messages.get("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.show();
    }

    /** Version, data folder and the bundled libraries with their licences ({@code libraries}: name, version, licence). */
    static void about(Window owner, Messages messages, String version, Path dataFolder, List<String[]> libraries) {
        Alert alert = alert(owner, messages, messages.get("about.title"));
        alert.setHeaderText(messages.get("about.header", version));
        Label intro = new Label(messages.get("about.intro"));
        intro.setWrapText(true);
        TextField folder = new TextField(dataFolder.toString());
        folder.setId("aboutDataFolder");
        folder.setEditable(false);
        TableView<String[]> table = new TableView<>(FXCollections.observableArrayList(libraries));
        table.setId("aboutLicences");
        table.getStyleClass().add("about-licences");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] headers = {"about.library", "about.libraryVersion", "about.licence"};
        for (int i = 0; i < headers.length; i++) {
            int column = i;
            TableColumn<String[], String> shown = new TableColumn<>(messages.get(headers[i]));
            shown.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()[column]));
            shown.setPrefWidth(column == 1 ? 110 : 200);
            table.getColumns().add(shown);
        }
        VBox content = new VBox(8, intro, new Label(messages.get("about.dataFolder")), folder,
                new Label(messages.get("about.libraries")), table);
        content.setPrefWidth(560);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("aboutDialog");
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
