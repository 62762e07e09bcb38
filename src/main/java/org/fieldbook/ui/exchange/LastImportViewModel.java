package org.fieldbook.ui.exchange;

import java.util.Optional;
import java.util.function.Consumer;
import org.fieldbook.domain.ImportBatch;
import org.fieldbook.exchange.ImportMessages;
import org.fieldbook.exchange.ImportProblem;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * File › Undo last import…: finds the newest import made on this computer that is not undone yet, says what
 * undoing it takes back, and takes it back after the user agreed.
 */
public final class LastImportViewModel {
    private final ImportService imports;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final Formats formats;
    private final ErrorReporter errors;
    private final DataRevision revision;

    public LastImportViewModel(ImportService imports, BackgroundRunner runner, Messages messages, Formats formats,
                               ErrorReporter errors, DataRevision revision) {
        this.imports = imports;
        this.runner = runner;
        this.messages = messages;
        this.formats = formats;
        this.errors = errors;
        this.revision = revision;
    }

    /** The newest import still in place, or empty when there is none to undo. */
    public void find(Consumer<Optional<ImportBatch>> found) {
        runner.run(() -> imports.batches().stream().filter(batch -> !batch.undone()).findFirst(), found,
                errors::report);
    }

    /** "Undo the import of Opportunity.csv of 2 Dec 2026, 18:40?" */
    public String question(ImportBatch batch) {
        return messages.get("import.undo.question", batch.fileName(), formats.dateTime(batch.importedAt()));
    }

    /** "It deletes the 38 records it created and puts back the 2 it updated." */
    public String detail(ImportBatch batch) {
        return messages.get("import.undo.detail", batch.created(), batch.updated());
    }

    /** Undoes the import; {@code done} gets the sentence for the status bar. */
    public void undo(ImportBatch batch, Consumer<String> done) {
        runner.run(() -> imports.undo(batch.id()), undone -> {
            revision.changed();
            done.accept(messages.get("import.undo.done", undone.fileName(), undone.created(), undone.updated()));
        }, failure -> {
            if (failure instanceof ImportProblem problem) {
                done.accept(ImportMessages.format(messages.bundle(), problem.key(), problem.arguments(),
                        problem.getMessage()));
            } else {
                errors.report(failure);
            }
        });
    }
}
