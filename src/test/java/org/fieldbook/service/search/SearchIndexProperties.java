package org.fieldbook.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The index answers as a plain scan over every live record would, whatever was changed since its build. */
class SearchIndexProperties {
    private static final List<String> WORDS = List.of("acme", "acorn", "harbour", "harb", "north", "müller",
            "华信科技", "科技", "a", "ab", "tools", "tooley");

    record Edit(int target, String newTitle) {
    }

    @Property(tries = 300)
    void answersLikeAScanOfTheLiveRecords(@ForAll("titles") List<String> titles, @ForAll("edits") List<Edit> edits,
                                          @ForAll("queries") String query) {
        List<SearchIndex.Entry> built = new ArrayList<>();
        Map<UUID, SearchIndex.Entry> live = new LinkedHashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            SearchKind kind = SearchKind.values()[i % SearchKind.values().length];
            SearchIndex.Entry entry = SearchIndex.Entry.of(kind, new UUID(0, i), titles.get(i), "", null);
            built.add(entry);
            live.put(entry.id(), entry);
        }
        SearchIndex index = SearchIndex.of(built);
        for (Edit edit : edits) {
            if (built.isEmpty()) {
                break;
            }
            SearchIndex.Entry old = built.get(edit.target() % built.size());
            if (edit.newTitle() == null) {
                index.remove(old.id());
                live.remove(old.id());
            } else {
                SearchIndex.Entry now = SearchIndex.Entry.of(old.kind(), old.id(), edit.newTitle(), "", null);
                index.put(now);
                live.put(now.id(), now);
            }
        }

        SearchResults answer = index.search(query, 3);

        Map<SearchKind, List<String>> expected = new LinkedHashMap<>();
        Map<SearchKind, Integer> expectedTotals = new LinkedHashMap<>();
        String phrase = String.join(" ", SearchText.normalize(query).trim().split("\\s+"));
        List<String> queryWords = List.of(phrase.split(" "));
        String key = queryWords.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        for (SearchKind kind : SearchKind.values()) {
            List<SearchIndex.Entry> matches = live.values().stream().filter(e -> e.kind() == kind)
                    .filter(e -> SearchText.tokens(e.text()).stream().anyMatch(t -> t.startsWith(key)))
                    .filter(e -> queryWords.stream().allMatch(w -> e.text().contains(w)))
                    .sorted(Comparator.<SearchIndex.Entry>comparingInt(e -> e.text().startsWith(phrase) ? 0 : 1)
                            .thenComparingInt(e -> e.title().length()).thenComparing(SearchIndex.Entry::title))
                    .toList();
            if (!matches.isEmpty()) {
                expected.put(kind, matches.stream().limit(3).map(SearchIndex.Entry::title).toList());
                expectedTotals.put(kind, matches.size());
            }
        }
        Map<SearchKind, List<String>> actual = new LinkedHashMap<>();
        Map<SearchKind, Integer> actualTotals = new LinkedHashMap<>();
        answer.groups().forEach((kind, group) -> {
            actual.put(kind, group.hits().stream().map(SearchHit::title).toList());
            actualTotals.put(kind, group.total());
        });
        assertEquals(expected, actual, "hits of \"" + query + "\"");
        assertEquals(expectedTotals, actualTotals, "totals of \"" + query + "\"");
    }

    @Provide
    Arbitrary<List<String>> titles() {
        return title().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> newTitle = title().injectNull(0.3);
        return Combinators.combine(Arbitraries.integers().between(0, 1000), newTitle).as(Edit::new).list()
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> prefix = Arbitraries.of(WORDS)
                .flatMap(word -> Arbitraries.integers().between(1, word.length()).map(n -> word.substring(0, n)));
        return prefix.list().ofMinSize(1).ofMaxSize(2).map(parts -> String.join(" ", parts));
    }

    private static Arbitrary<String> title() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(" ", parts));
    }
}
