package org.fieldbook.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.service.search.SearchHit;
import org.fieldbook.service.search.SearchKind;
import org.fieldbook.service.search.SearchResults;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Navigator;
import org.fieldbook.ui.common.Section;

/**
 * The global search box: every change of the query asks the search in the background; while one query runs,
 * only the latest typed after it is asked next, so fast typing never queues up stale searches. Results come
 * as rows: a header per kind, then its hits. The arrows move between hits, Enter opens one.
 */
public final class SearchPaletteViewModel {
    public static final int PER_KIND = 5;

    /** A line of the results: a kind's header or one record. */
    public sealed interface Row permits Header, Hit {
    }

    public record Header(SearchKind kind, String text) implements Row {
    }

    public record Hit(SearchHit hit) implements Row {
    }

    private final Function<String, SearchResults> search;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Navigator navigator;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean searching;
    private String waiting;

    public SearchPaletteViewModel(Function<String, SearchResults> search, BackgroundRunner runner,
                                  ErrorReporter errors, Messages messages, Navigator navigator) {
        this.search = search;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.navigator = navigator;
        query.addListener((obs, old, text) -> ask(text));
    }

    /** Opened: builds the search's index now if this is the first time, so the first keystroke is quick. */
    public void opened() {
        if (rows.isEmpty() && query.get().isBlank()) {
            status.set(messages.get("search.palette.hint"));
        }
        ask(query.get());
    }

    private void ask(String text) {
        if (searching) {
            waiting = text;
            return;
        }
        searching = true;
        runner.run(() -> search.apply(text == null ? "" : text), this::answered, failure -> {
            searching = false;
            waiting = null;
            errors.report(failure);
        });
    }

    private void answered(SearchResults results) {
        searching = false;
        show(results);
        String next = waiting;
        waiting = null;
        if (next != null && !next.equals(results.query())) {
            ask(next);
        }
    }

    private void show(SearchResults results) {
        List<Row> shown = new ArrayList<>();
        results.groups().forEach((kind, group) -> {
            String title = messages.get("search.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
            shown.add(new Header(kind, group.total() > group.hits().size()
                    ? messages.get("search.group.more", title, group.hits().size(), group.total()) : title));
            group.hits().forEach(hit -> shown.add(new Hit(hit)));
        });
        rows.setAll(shown);
        boolean blank = results.query().isBlank();
        status.set(blank ? messages.get("search.palette.hint")
                : shown.isEmpty() ? messages.get("search.palette.none", results.query().strip()) : "");
        selected.set(-1); // the list drops its selection with its rows: choose again even the same index
        selected.set(firstHitFrom(0, 1));
    }

    /** Moves the selection to the next ({@code step} 1) or previous (-1) hit, skipping headers. */
    public void move(int step) {
        int next = firstHitFrom(selected.get() + step, step);
        if (next >= 0) {
            selected.set(next);
        }
    }

    public void select(int index) {
        if (index >= 0 && index < rows.size() && rows.get(index) instanceof Hit) {
            selected.set(index);
        }
    }

    private int firstHitFrom(int index, int step) {
        for (int i = index; i >= 0 && i < rows.size(); i += step) {
            if (rows.get(i) instanceof Hit) {
                return i;
            }
        }
        return -1;
    }

    /** Opens the selected record in its screen and editor; false when nothing is selected. */
    public boolean openSelected() {
        int index = selected.get();
        if (index < 0 || index >= rows.size() || !(rows.get(index) instanceof Hit hit)) {
            return false;
        }
        navigator.openRecord(sectionOf(hit.hit().kind()), hit.hit().id());
        return true;
    }

    static Section sectionOf(SearchKind kind) {
        return switch (kind) {
            case ACCOUNT -> Section.ACCOUNTS;
            case CONTACT -> Section.CONTACTS;
            case OPPORTUNITY -> Section.OPPORTUNITIES;
            case LEAD -> Section.LEADS;
            case ACTIVITY -> Section.AGENDA;
        };
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
