package org.fieldbook.service.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.store.change.ChangedRows;
import org.fieldbook.store.SearchQueries;
import org.fieldbook.store.SearchQueries.Kind;
import org.fieldbook.store.Store;

/**
 * The global search over accounts, contacts, deals, leads and activities. The first query reads every
 * searchable record into a {@link SearchIndex}; from then on the store tells which rows each transaction
 * changed (here or from a teammate), and the next query reads just those again before it answers. Call it off
 * the FX thread: the first query of a large folder takes a second or two.
 */
public final class SearchService {
    /** Past this many changed records since the build, the next query builds the index anew. */
    private static final int REBUILD_AFTER = 5_000;

    private final Store store;
    private final Object lock = new Object();
    private final Map<Kind, Set<UUID>> pending = new EnumMap<>(Kind.class);
    private boolean everythingPending;
    private SearchIndex index;

    public SearchService(Store store) {
        this.store = store;
        store.onRowsChanged(this::noteChanges);
    }

    private void noteChanges(ChangedRows rows) {
        synchronized (pending) {
            if (rows.everything()) {
                everythingPending = true;
                pending.clear();
                return;
            }
            for (Kind kind : Kind.values()) {
                Set<UUID> ids = rows.of(kind.entity());
                if (!ids.isEmpty()) {
                    pending.computeIfAbsent(kind, k -> new HashSet<>()).addAll(ids);
                }
            }
        }
    }

    /** The best {@code perKind} records of each kind for {@code query}, grouped by kind in a fixed order. */
    public SearchResults search(String query, int perKind) {
        synchronized (lock) {
            bringUpToDate();
            return index.search(query == null ? "" : query, perKind);
        }
    }

    /** Builds the index now, so that the first query the user types is as quick as the rest. */
    public void prepare() {
        synchronized (lock) {
            bringUpToDate();
        }
    }

    /** How many records the search holds (for the bench). */
    public int size() {
        synchronized (lock) {
            bringUpToDate();
            return index.size();
        }
    }

    private void bringUpToDate() {
        Map<Kind, Set<UUID>> changed;
        boolean everything;
        synchronized (pending) {
            changed = new EnumMap<>(pending);
            everything = everythingPending;
            pending.clear();
            everythingPending = false;
        }
        int count = changed.values().stream().mapToInt(Set::size).sum();
        if (index == null || everything || index.changedCount() + count > REBUILD_AFTER) {
            index = build();
            return;
        }
        if (count == 0) {
            return;
        }
        store.read(tx -> {
            SearchQueries queries = tx.search();
            changed.forEach((kind, ids) -> {
                Set<UUID> missing = new HashSet<>(ids);
                for (SearchQueries.Row row : queries.byIds(kind, ids)) {
                    missing.remove(row.id());
                    if (row.deleted()) {
                        index.remove(row.id());
                    } else {
                        index.put(entry(kind, row));
                    }
                }
                missing.forEach(index::remove);
            });
            return null;
        });
    }

    private SearchIndex build() {
        List<SearchIndex.Entry> entries = new ArrayList<>();
        store.read(tx -> {
            SearchQueries queries = tx.search();
            for (Kind kind : Kind.values()) {
                queries.live(kind, row -> entries.add(entry(kind, row)));
            }
            return null;
        });
        return SearchIndex.of(entries);
    }

    private static SearchIndex.Entry entry(Kind kind, SearchQueries.Row row) {
        return SearchIndex.Entry.of(SearchKind.valueOf(kind.name()), row.id(), row.title(), row.detail(), row.extra());
    }
}
