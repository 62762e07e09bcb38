package org.fieldbook.service.search;

import java.util.List;
import java.util.Map;

/** The answer to one query: for each kind with matches, the best few and how many matched in all. */
public record SearchResults(String query, Map<SearchKind, Group> groups) {
    public record Group(List<SearchHit> hits, int total) {
    }

    public static SearchResults empty(String query) {
        return new SearchResults(query, Map.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The hits of every group in group order, as they are listed. */
    public List<SearchHit> hits() {
        return groups.values().stream().flatMap(group -> group.hits().stream()).toList();
    }
}
