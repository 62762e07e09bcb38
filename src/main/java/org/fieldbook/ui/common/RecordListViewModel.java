package org.fieldbook.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.fieldbook.domain.CustomFieldDefinition;
import org.fieldbook.domain.CustomValues;

/**
 * A list screen's state: every record of one kind, the ones matching the search, a count for the status bar,
 * and delete with Ctrl+Z to restore. The rows are read in the background when the screen is shown for the
 * first time or something changed since. A screen says how its rows are read, searched and deleted.
 * <p>
 * A base class rather than a helper each screen forwards to: every list screen is such a list, and the window
 * and the tests use these same methods on each.
 *
 * @param <R> the row type, a record with what the list shows of it (e.g. {@code AccountSummary})
 */
public abstract class RecordListViewModel<R> {
    /**
     * The message keys of a list screen, e.g. "accounts.summary" ("42 accounts"), "accounts.summaryFiltered"
     * ("3 of 42 accounts"), "undo.deleteAccount" and "status.deletedAccount" (both with the record's name).
     */
    public record Wording(String summary, String summaryFiltered, String undoDelete, String deleted) {
    }

    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;
    private final Wording wording;

    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> shownRows = new FilteredList<>(rows, row -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private long readAtRevision = -1;
    private final ObservableList<CustomFieldDefinition> customFields = FXCollections.observableArrayList();
    private Supplier<List<CustomFieldDefinition>> customFieldReader = List::of;
    private Function<R, CustomValues> customValues = row -> CustomValues.NONE;

    protected RecordListViewModel(BackgroundRunner runner, ErrorReporter errors, Messages messages, UndoStack undo,
                                  DataRevision revision, Announcer announcer, Wording wording) {
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
        this.wording = wording;
        filter.addListener((obs, old, text) -> applyFilter(text));
        updateSummary();
    }

    /** Every row, read through the service; runs off the FX thread. */
    protected abstract List<R> read();

    /** The id of the record a row shows. */
    protected abstract UUID idOf(R row);

    /** What the user calls the record: an account's name, an opportunity's title. */
    protected abstract String nameOf(R row);

    /** The texts of a row the search looks in, as the table shows them; nulls are passed over. */
    protected abstract String[] searchedText(R row);

    /** Moves the record to the trash, at the versions of its fields read now; runs off the FX thread. */
    protected abstract void moveToTrash(UUID id);

    /** Takes the record out of the trash again; runs off the FX thread. */
    protected abstract void restore(UUID id);

    /**
     * Shows the custom fields {@code reader} reads (off the FX thread, with the rows) as optional columns and
     * lets the search look in their values, which {@code values} takes from a row.
     */
    public void withCustomFields(Supplier<List<CustomFieldDefinition>> reader, Function<R, CustomValues> values) {
        this.customFieldReader = reader;
        this.customValues = values;
    }

    /** The custom values of a row, for its custom-field columns. */
    public CustomValues customValuesOf(R row) {
        return customValues.apply(row);
    }

    /** The custom fields of this kind of record, as read with the rows, in their order. */
    public ObservableList<CustomFieldDefinition> customFields() {
        return customFields;
    }

    private record Read<R>(List<R> rows, List<CustomFieldDefinition> fields) {
    }

    /** Called on the FX thread each time the rows were read. */
    protected void rowsRead() {
    }

    /** Reads the rows when the screen is shown for the first time or something changed since. */
    public void shown() {
        if (readAtRevision != revision.current()) {
            reload();
        }
    }

    public void reload() {
        long asOf = revision.current();
        runner.run(() -> new Read<>(read(), customFieldReader.get()), read -> {
            readAtRevision = asOf;
            if (!customFields.equals(read.fields())) {
                customFields.setAll(read.fields());
            }
            List<R> list = read.rows();
            rows.setAll(list);
            updateSummary();
            loaded.set(true);
            rowsRead();
        }, errors::report);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        shownRows.setPredicate(needle.isEmpty() ? row -> true : row -> matches(row, needle));
        updateSummary();
    }

    private boolean matches(R row, String needle) {
        for (String value : searchedText(row)) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        for (String value : customValues.apply(row).values().values()) {
            if (value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private void updateSummary() {
        summary.set(shownRows.size() == rows.size()
                ? messages.get(wording.summary(), rows.size())
                : messages.get(wording.summaryFiltered(), shownRows.size(), rows.size()));
    }

    /** Moves the row's record to the trash; Ctrl+Z restores it. */
    public void delete(R row) {
        UUID id = idOf(row);
        String name = nameOf(row);
        runner.run(() -> {
            moveToTrash(id);
            return name;
        }, deleted -> {
            undo.push(UndoableChange.of(messages.get(wording.undoDelete(), name), () -> restore(id)));
            announcer.announce(messages.get(wording.deleted(), name));
            revision.changed();
            reload();
        }, failure -> {
            errors.report(failure);
            reload();
        });
    }

    /** The row of the record with {@code id}, e.g. to select it after the rows were read again; or null. */
    public R find(UUID id) {
        return rows.stream().filter(row -> idOf(row).equals(id)).findFirst().orElse(null);
    }

    public FilteredList<R> shownRows() {
        return shownRows;
    }

    public List<R> allRows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
