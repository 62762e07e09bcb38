package org.fieldbook.ui.accounts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.AccountService.AccountDetail;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.UndoableChange;

/** The accounts screen: every account, the ones matching the search, and the selected one's detail. */
public final class AccountsViewModel {
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final UndoStack undo;
    private final DataRevision revision;
    private final Announcer announcer;

    private final ObservableList<AccountSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<AccountSummary> shownRows = new FilteredList<>(rows, row -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<AccountSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<AccountDetail> detail = new ReadOnlyObjectWrapper<>();
    private long readAtRevision = -1;

    public AccountsViewModel(AccountService accounts, BackgroundRunner runner, ErrorReporter errors,
                             Messages messages, UndoStack undo, DataRevision revision, Announcer announcer) {
        this.accounts = accounts;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.undo = undo;
        this.revision = revision;
        this.announcer = announcer;
        filter.addListener((obs, old, text) -> applyFilter(text));
        selected.addListener((obs, old, row) -> readDetail(row));
        updateSummary();
    }

    /** Reads the rows when the screen is shown for the first time or something changed since. */
    public void shown() {
        if (readAtRevision != revision.current()) {
            reload();
        }
    }

    public void reload() {
        long asOf = revision.current();
        runner.run(accounts::list, list -> {
            readAtRevision = asOf;
            rows.setAll(list);
            updateSummary();
            loaded.set(true);
            AccountSummary current = selected.get();
            if (current != null) {
                readDetail(current);
            }
        }, errors::report);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        shownRows.setPredicate(needle.isEmpty() ? row -> true : row -> matches(row, needle));
        updateSummary();
    }

    static boolean matches(AccountSummary row, String needle) {
        var account = row.account();
        for (String value : new String[] {account.name(), account.industry(), account.region(), row.ownerName(),
                account.phone(), account.website()}) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private void updateSummary() {
        summary.set(shownRows.size() == rows.size()
                ? messages.get("accounts.summary", rows.size())
                : messages.get("accounts.summaryFiltered", shownRows.size(), rows.size()));
    }

    private void readDetail(AccountSummary row) {
        if (row == null) {
            detail.set(null);
            return;
        }
        UUID id = row.account().id();
        runner.run(() -> accounts.detail(id), found -> {
            AccountSummary now = selected.get();
            if (now != null && now.account().id().equals(id)) { // the user may have moved on meanwhile
                detail.set(found);
            }
        }, failure -> detail.set(null));
    }

    /** Moves the account to the trash; Ctrl+Z restores it. */
    public void delete(AccountSummary row) {
        UUID id = row.account().id();
        String name = row.account().name();
        runner.run(() -> {
            accounts.delete(id, accounts.edit(id).versions());
            return name;
        }, deleted -> {
            undo.push(UndoableChange.of(messages.get("undo.deleteAccount", name), () -> accounts.restore(id)));
            announcer.announce(messages.get("status.deletedAccount", name));
            revision.changed();
            reload();
        }, failure -> {
            errors.report(failure);
            reload();
        });
    }

    /** The account to select after the rows were read again, if it is still there. */
    public AccountSummary find(UUID id) {
        return rows.stream().filter(row -> row.account().id().equals(id)).findFirst().orElse(null);
    }

    public FilteredList<AccountSummary> shownRows() {
        return shownRows;
    }

    public List<AccountSummary> allRows() {
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

    public ObjectProperty<AccountSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<AccountDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
