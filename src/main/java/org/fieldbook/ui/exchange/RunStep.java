package org.fieldbook.ui.exchange;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportMessages;
import org.fieldbook.exchange.ImportProgress;
import org.fieldbook.exchange.ImportResult;
import org.fieldbook.exchange.Rejection;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * The dry run page and the import itself: the counts the dry run found, every rejected row with its line and
 * reason, the duplicate choice (which runs the dry run again), then the import's progress and its outcome.
 */
public final class RunStep {
    /** A row the import leaves out, as the table shows it. */
    public record RejectedRow(long line, String reason) {
    }

    private final Messages messages;
    private final Formats formats;
    private final Consumer<Runnable> onFx;
    private final ObjectProperty<ImportMapping.Duplicates> duplicates = new SimpleObjectProperty<>(this,
            "duplicates", ImportMapping.Duplicates.UPDATE);
    private final ReadOnlyObjectWrapper<ImportResult> dryRun = new ReadOnlyObjectWrapper<>(this, "dryRun");
    private final ReadOnlyObjectWrapper<ImportResult> imported = new ReadOnlyObjectWrapper<>(this, "imported");
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper undone = new ReadOnlyBooleanWrapper(this, "undone", false);
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    RunStep(Messages messages, Formats formats, Consumer<Runnable> onFx) {
        this.messages = messages;
        this.formats = formats;
        this.onFx = onFx;
    }

    void showDryRun(ImportResult result) {
        dryRun.set(result);
        rejected.setAll(rows(result.rejected()));
        summary.set(messages.get("import.dryRun.summary", result.rows(), result.created(), result.updated(),
                result.skipped(), result.rejected().size()) + extras(result));
    }

    private String extras(ImportResult result) {
        String text = "";
        if (result.accountsCreated() > 0) {
            text += " " + messages.get("import.dryRun.accounts", result.accountsCreated());
        }
        if (result.ownersCreated() > 0) {
            text += " " + messages.get("import.dryRun.owners", result.ownersCreated());
        }
        return text;
    }

    private List<RejectedRow> rows(List<Rejection> rejections) {
        return rejections.stream().map(r -> new RejectedRow(r.line(), reason(r))).toList();
    }

    /** The reason in the user's language; a field named in it by its label ("Amount is empty"). */
    private String reason(Rejection rejection) {
        Object[] arguments = rejection.arguments().toArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && text.length() >= 20 && text.endsWith("Z")) {
                try {
                    arguments[i] = formats.dateTime(java.time.Instant.parse(text)); // a moment, in the user's words
                } catch (java.time.format.DateTimeParseException notAMoment) {
                    // a value of the file that only looks like one
                }
            }
        }
        if (arguments.length > 0 && arguments[0] instanceof String field && rejection.key().startsWith("import.reject.")) {
            String label = messages.find("import.field." + field);
            if (label != null) {
                arguments[0] = label;
            }
        }
        return ImportMessages.format(messages.bundle(), rejection.key(), List.of(arguments), rejection.english());
    }

    /** Starts watching a run: progress from 0, a fresh cancel flag; the listener is told off the FX thread. */
    ImportProgress start() {
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        running.set(true);
        progress.set(0);
        return (done, total) -> {
            if (mine.get()) {
                throw new CancellationException("the import was cancelled");
            }
            onFx.accept(() -> {
                if (running.get()) {
                    progress.set(total == 0 ? 1 : (double) done / total);
                }
            });
        };
    }

    void finished(ImportResult result) {
        running.set(false);
        progress.set(1);
        imported.set(result);
        undone.set(false);
        String text = messages.get("import.result.done", result.created(), result.updated(), result.skipped(),
                result.rejected().size()) + extras(result);
        outcome.set(text);
        rejected.setAll(rows(result.rejected()));
    }

    void dryRunDone(ImportResult result) {
        running.set(false);
        progress.set(1);
        imported.set(null);
        outcome.set("");
        showDryRun(result);
    }

    void stopped() {
        running.set(false);
    }

    void failed(String sentence) {
        running.set(false);
        progress.set(0);
        outcome.set(sentence);
    }

    void undoneNow(String sentence) {
        undone.set(true);
        outcome.set(sentence);
    }

    void cancel() {
        cancelled.set(true);
    }

    void clear() {
        dryRun.set(null);
        imported.set(null);
        rejected.clear();
        summary.set("");
        outcome.set("");
        undone.set(false);
    }

    public ObjectProperty<ImportMapping.Duplicates> duplicatesProperty() {
        return duplicates;
    }

    public ReadOnlyObjectProperty<ImportResult> dryRunProperty() {
        return dryRun.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ObservableList<RejectedRow> rejected() {
        return rejected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoneProperty() {
        return undone.getReadOnlyProperty();
    }
}
