package org.fieldbook.ui.exchange;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportMessages;
import org.fieldbook.exchange.ImportProblem;
import org.fieldbook.exchange.ImportService;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.exchange.SavedMappings;
import org.fieldbook.exchange.SourceTable;
import org.fieldbook.exchange.SpreadsheetFile;
import org.fieldbook.exchange.TextEncodings;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;

/**
 * File › Import…: choose a file and a type of record, check the preview (encoding, separator, header row),
 * map columns to fields and values to stages, see the dry run, import in one transaction, and undo it. The
 * file is read once per reading choice, off the FX thread; nothing is written before {@link #importNow()}.
 * A file that cannot be read gives one sentence on the page ({@link #problemProperty()}) and changes nothing.
 */
public final class ImportWizardViewModel {
    /** The pages, in order. */
    public enum Step { FILE, PREVIEW, MAPPING, VALUES, DRY_RUN, RESULT }

    private final ImportService imports;
    private final SavedMappings saved;
    private final Function<ImportType, Map<String, String>> customFields;
    private final java.util.function.Supplier<String> defaultCurrency;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ErrorReporter errors;
    private final DataRevision revision;
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<ImportType> type = new SimpleObjectProperty<>(this, "type", ImportType.ACCOUNTS);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.FILE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    private final PreviewStep preview;
    private final MappingStep mapping;
    private final ValuesStep values;
    private final RunStep run;
    private final BooleanBinding canGoNext;
    private byte[] bytes;
    private SourceTable table;
    private ImportType readAs;
    private Optional<SavedMappings.Saved> fitting = Optional.empty();
    /** The values of the mapping the columns came from (a saved one), for the values page to start from. */
    private Map<String, Map<String, String>> startValues = Map.of();
    private String readPath;
    private Map<String, String> suggested = Map.of();

    public ImportWizardViewModel(ImportService imports, SavedMappings saved,
                                 Function<ImportType, Map<String, String>> customFields,
                                 java.util.function.Supplier<String> defaultCurrency,
                                 BackgroundRunner runner, Messages messages, ErrorReporter errors,
                                 DataRevision revision, Consumer<Runnable> onFx) {
        this.imports = imports;
        this.saved = saved;
        this.customFields = customFields;
        this.runner = runner;
        this.messages = messages;
        this.errors = errors;
        this.revision = revision;
        this.preview = new PreviewStep(messages, () -> {
            if (bytes != null) {
                readPreview();
            }
        });
        this.mapping = new MappingStep(messages);
        this.values = new ValuesStep(messages);
        this.run = new RunStep(messages, new Formats(messages.locale()), onFx);
        this.defaultCurrency = defaultCurrency;
        run.duplicatesProperty().addListener((obs, old, chosen) -> {
            if (step.get() == Step.DRY_RUN) {
                dryRun(() -> { });
            }
        });
        canGoNext = Bindings.createBooleanBinding(() -> !busy.get() && switch (step.get()) {
            case FILE -> !file.get().isBlank();
            case PREVIEW, VALUES -> true;
            case MAPPING -> mapping.problemProperty().get().isEmpty() && !mapping.chosenColumns().isEmpty();
            case DRY_RUN, RESULT -> false;
        }, busy, step, file, mapping.problemProperty(), mapping.columns());
    }

    /** Goes to the next page, doing first what it needs: reading the file, guessing values, the dry run. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        switch (step.get()) {
            case FILE -> readFile(() -> step.set(Step.PREVIEW));
            case PREVIEW -> step.set(Step.MAPPING);
            case MAPPING -> guessValues(() -> step.set(Step.VALUES));
            case VALUES -> dryRun(() -> step.set(Step.DRY_RUN));
            default -> { }
        }
    }

    public void back() {
        if (busy.get() || run.runningProperty().get()) {
            return;
        }
        problem.set("");
        switch (step.get()) {
            case PREVIEW -> step.set(Step.FILE);
            case MAPPING -> step.set(Step.PREVIEW);
            case VALUES -> step.set(Step.MAPPING);
            case DRY_RUN -> step.set(Step.VALUES);
            default -> { }
        }
    }

    private record Read(byte[] bytes, SourceTable table, TextEncodings.Detected detected, boolean xlsx,
                        ImportService.Preview preview, Optional<SavedMappings.Saved> fitting,
                        List<String> savedNames, Map<String, String> custom, String currency) {
    }

    private void readFile(Runnable then) {
        String path = file.get().strip();
        ImportType kind = type.get();
        preview.forgetChoices();
        work(() -> {
            byte[] read;
            try {
                read = Files.readAllBytes(Path.of(path));
            } catch (NoSuchFileException | java.nio.file.InvalidPathException e) {
                throw new ImportProblem("import.problem.noFile", "there is no file " + path, e, path);
            } catch (java.io.IOException e) {
                throw new ImportProblem("import.problem.cannotRead", "cannot read " + path, e, path);
            }
            return read(read, kind, true);
        }, read -> {
            if (!path.equals(readPath) || kind != readAs) {
                mapping.forget(); // another file or type: the columns are matched afresh
            }
            bytes = read.bytes();
            readAs = kind;
            readPath = path;
            show(read);
            then.run();
        });
    }

    private void readPreview() {
        byte[] current = bytes;
        ImportType kind = readAs;
        work(() -> read(current, kind, false), this::show);
    }

    private Read read(byte[] content, ImportType kind, boolean lookUpSaved) {
        boolean xlsx = SpreadsheetFile.isXlsx(content);
        TextEncodings.Detected found = xlsx ? null : TextEncodings.detect(content);
        ImportService.Preview read = imports.preview(content, kind, preview.reading(kind));
        Optional<SavedMappings.Saved> match = lookUpSaved ? saved.matching(kind, read.table().headers())
                : fitting.filter(s -> s.fits(kind, read.table().headers()));
        List<String> names = saved.all(kind).stream().map(SavedMappings.Saved::name).toList();
        return new Read(content, read.table(), found, xlsx, read, match, names, customFields.apply(kind),
                defaultCurrency.get());
    }

    private void show(Read read) {
        table = read.table();
        fitting = read.fitting();
        suggested = read.preview().suggested().columns();
        if (currency.get() == null || currency.get().isBlank()) {
            currency.set(read.currency());
        }
        preview.show(table, read.xlsx() ? null : read.detected());
        mapping.savedNames().setAll(read.savedNames());
        if (!table.headers().equals(mapping.headers())) {
            ImportMapping start = fitting.map(s -> s.forHeaders(table.headers())).orElse(read.preview().suggested());
            mapping.fill(readAs, table, start, read.custom());
            values.fill(List.of(), start);
            fitting.ifPresentOrElse(s -> {
                mapping.note(messages.get("import.mapping.savedApplied", s.name()));
                run.duplicatesProperty().set(s.mapping().duplicates());
                if (s.mapping().currency() != null) {
                    currency.set(s.mapping().currency());
                }
            }, () -> mapping.note(""));
            startValues = start.values();
        }
    }

    /** Applies a saved mapping chosen by name: its fields for the columns this file has, its values and options. */
    public void useSaved(String name) {
        ImportType kind = readAs;
        work(() -> Map.entry(saved.all(kind).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new ImportProblem("import.problem.noSavedMapping", "no saved mapping " + name,
                        name)), customFields.apply(kind)), found -> {
            SavedMappings.Saved chosen = found.getKey();
            ImportMapping own = chosen.forHeaders(table.headers());
            // the columns the saved mapping does not name keep their match by name, unless it fills their field
            Map<String, String> columns = new java.util.LinkedHashMap<>();
            suggested.forEach((column, field) -> {
                if (!own.columns().containsValue(field)) {
                    columns.put(column, field);
                }
            });
            columns.putAll(own.columns());
            mapping.fill(kind, table, own.withColumns(columns), found.getValue());
            startValues = chosen.mapping().values();
            values.fill(List.of(), chosen.mapping());
            run.duplicatesProperty().set(chosen.mapping().duplicates());
            mapping.note(messages.get("import.mapping.savedApplied", chosen.name()));
        });
    }

    /** Saves the mapping as it stands (columns, values, options) under the name typed on the mapping page. */
    public void saveMapping() {
        String name = mapping.saveNameProperty().get();
        ImportType kind = readAs;
        List<String> columns = table.headers();
        ImportMapping current = current();
        work(() -> {
            SavedMappings.Saved made = saved.save(name, kind, columns, current);
            return Map.entry(made, saved.all(kind).stream().map(SavedMappings.Saved::name).toList());
        }, made -> {
            mapping.savedNames().setAll(made.getValue());
            mapping.note(messages.get("import.mapping.saved", made.getKey().name()));
        });
    }

    private void guessValues(Runnable then) {
        ImportMapping current = current().withValues(startValues);
        SourceTable read = table;
        ImportType kind = readAs;
        work(() -> imports.valueChoices(read, kind, current), choices -> {
            values.fill(choices, current);
            startValues = Map.of();
            then.run();
        });
    }

    private void dryRun(Runnable then) {
        ImportMapping current = current();
        SourceTable read = table;
        ImportType kind = readAs;
        var progress = run.start();
        work(() -> imports.dryRun(read, kind, current, progress), result -> {
            run.dryRunDone(result);
            then.run();
        });
    }

    /** Imports the rows the dry run accepted, in one transaction in the background; cancel rolls it all back. */
    public void importNow() {
        if (busy.get() || step.get() != Step.DRY_RUN) {
            return;
        }
        ImportMapping current = current();
        SourceTable read = table;
        ImportType kind = readAs;
        String name = Path.of(file.get().strip()).getFileName().toString();
        var progress = run.start();
        busy.set(true);
        problem.set("");
        runner.run(() -> imports.importTable(read, name, kind, current, progress), result -> {
            busy.set(false);
            run.finished(result);
            revision.changed();
            step.set(Step.RESULT);
        }, failure -> {
            busy.set(false);
            run.failed(failure instanceof java.util.concurrent.CancellationException
                    ? messages.get("import.result.cancelled") : sentence(failure));
            if (!(failure instanceof java.util.concurrent.CancellationException)) {
                problem.set(sentence(failure));
            }
        });
    }

    public void cancelImport() {
        run.cancel();
    }

    /** Takes the import just made back whole. */
    public void undoImport() {
        var result = run.importedProperty().get();
        if (result == null || result.batchId() == null || run.undoneProperty().get()) {
            return;
        }
        work(() -> imports.undo(result.batchId()), batch -> {
            revision.changed();
            run.undoneNow(messages.get("import.undo.done", batch.fileName(), batch.created(), batch.updated()));
        });
    }

    /** The mapping as the pages stand now. */
    ImportMapping current() {
        String code = currency.get() == null || currency.get().isBlank() ? null : currency.get().strip();
        String pattern = values.dateFormatProperty().get();
        return preview.reading(new ImportMapping(readAs == null ? type.get().name() : readAs.name(), null, null,
                null, mapping.chosenColumns(), values.chosenValues(),
                pattern == null || pattern.isBlank() ? null : pattern.strip(), values.decimalCommaProperty().get(),
                code, null, mapping.createAccountsProperty().get(), mapping.createOwnersProperty().get(),
                run.duplicatesProperty().get()));
    }

    private <T> void work(java.util.concurrent.Callable<T> slow, Consumer<T> done) {
        busy.set(true);
        problem.set("");
        runner.run(slow, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            run.stopped();
            problem.set(sentence(failure));
            if (!(failure instanceof ImportProblem)) {
                errors.report(failure); // not a file's fault: logged with its detail
            }
        });
    }

    private String sentence(Throwable failure) {
        if (failure instanceof ImportProblem p) {
            return ImportMessages.format(messages.bundle(), p.key(), p.arguments(), p.getMessage());
        }
        return ErrorReporter.sentence(failure, messages);
    }

    /** Whether the dry run page's duplicate choice means anything: accounts match by name, contacts by e-mail. */
    public boolean duplicatesApply() {
        ImportType kind = readAs == null ? type.get() : readAs;
        return kind == ImportType.ACCOUNTS || kind == ImportType.CONTACTS;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<ImportType> typeProperty() {
        return type;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextBinding() {
        return canGoNext;
    }

    public PreviewStep preview() {
        return preview;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public MappingStep mapping() {
        return mapping;
    }

    public ValuesStep values() {
        return values;
    }

    public RunStep run() {
        return run;
    }

    /** The type of record the file is being read as (chosen on the first page). */
    public ImportType readAs() {
        return readAs == null ? type.get() : readAs;
    }
}
