package org.fieldbook.ui.exchange;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.fieldbook.ui.common.Confirm;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;

/** File › Undo last import…: says which import it would take back, asks, and undoes it. */
public final class UndoLastImport {
    private UndoLastImport() {
    }

    /** {@code announce} gets the sentence for the status bar; {@code undone} runs after the import was taken back. */
    public static void ask(Window owner, LastImportViewModel model, Messages messages, Consumer<String> announce,
                           Runnable undone) {
        model.find(found -> {
            if (found.isEmpty()) {
                Alert none = new Alert(Alert.AlertType.INFORMATION, messages.get("import.undo.none"));
                none.setTitle(messages.get("import.undo.title"));
                none.setHeaderText(null);
                none.getDialogPane().setId("noImportToUndo");
                Theme.style(none.getDialogPane());
                if (owner != null) {
                    none.initOwner(owner);
                }
                none.show();
                return;
            }
            var batch = found.get();
            if (Confirm.act(owner, messages, messages.get("import.undo.title"), model.question(batch),
                    model.detail(batch), messages.get("import.undo.confirm"), "confirmUndoImportButton")) {
                model.undo(batch, sentence -> {
                    announce.accept(sentence);
                    undone.run();
                });
            }
        });
    }
}
