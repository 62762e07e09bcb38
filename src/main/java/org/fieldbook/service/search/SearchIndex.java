package org.fieldbook.service.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * The search's copy of every searchable record: a sorted vocabulary of words with the records each occurs in,
 * built once, and beside it the records changed since, which replace theirs in the vocabulary until the next
 * build. A query looks up its longest word by prefix (binary search), so it reads only the records that word
 * can belong to. Not thread-safe: {@link SearchService} calls it under its lock.
 */
final class SearchIndex {
    /** One record as the search compares it: {@code text} is its normalized title and extra text. */
    record Entry(SearchKind kind, UUID id, String title, String detail, String text) {
        static Entry of(SearchKind kind, UUID id, String title, String detail, String extra) {
            String text = SearchText.normalize(title);
            if (extra != null && !extra.isBlank()) {
                text = text + " " + SearchText.normalize(extra);
            }
            return new Entry(kind, id, title == null ? "" : title, detail == null ? "" : detail, text);
        }
    }

    private final Entry[] entries;
    private final String[] vocabulary;
    /** The records of {@code vocabulary[i]} are {@code postings[starts[i]..starts[i + 1])}. */
    private final int[] starts;
    private final int[] postings;
    private final int[] seen;
    private int generation;
    private final Map<UUID, Entry> changed = new HashMap<>();

    private SearchIndex(Entry[] entries, String[] vocabulary, int[] starts, int[] postings) {
        this.entries = entries;
        this.vocabulary = vocabulary;
        this.starts = starts;
        this.postings = postings;
        this.seen = new int[entries.length];
    }

    static SearchIndex of(List<Entry> entries) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        long[] pairs = new long[Math.max(16, entries.size() * 4)];
        int count = 0;
        for (int e = 0; e < entries.size(); e++) {
            for (String token : new LinkedHashSet<>(SearchText.tokens(entries.get(e).text()))) {
                Integer id = ids.get(token);
                if (id == null) {
                    id = words.size();
                    ids.put(token, id);
                    words.add(token);
                }
                if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, pairs.length * 2);
                }
                pairs[count++] = ((long) id << 32) | e;
            }
        }
        Integer[] order = new Integer[words.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(words::get));
        int[] rank = new int[order.length];
        String[] vocabulary = new String[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            vocabulary[r] = words.get(order[r]);
        }
        for (int i = 0; i < count; i++) {
            pairs[i] = ((long) rank[(int) (pairs[i] >>> 32)] << 32) | (pairs[i] & 0xffffffffL);
        }
        Arrays.sort(pairs, 0, count);
        int[] starts = new int[vocabulary.length + 1];
        int[] postings = new int[count];
        for (int i = 0; i < count; i++) {
            starts[(int) (pairs[i] >>> 32) + 1]++;
            postings[i] = (int) pairs[i];
        }
        for (int r = 0; r < vocabulary.length; r++) {
            starts[r + 1] += starts[r];
        }
        return new SearchIndex(entries.toArray(Entry[]::new), vocabulary, starts, postings);
    }

    /** A record changed since the build: found by its new text from now on. */
    void put(Entry entry) {
        changed.put(entry.id(), entry);
    }

    /** A record deleted since the build. */
    void remove(UUID id) {
        changed.put(id, null);
    }

    int size() {
        return entries.length;
    }

    /** How many records changed since the build: past a few thousand, building anew is cheaper. */
    int changedCount() {
        return changed.size();
    }

    /** The best {@code perKind} records of each kind whose words start with every word of {@code query}. */
    SearchResults search(String query, int perKind) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return SearchResults.empty(query);
        }
        String phrase = String.join(" ", words);
        String key = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        Ranking ranking = new Ranking(phrase, perKind);
        generation++;
        int first = lowerBound(key);
        int last = first;
        while (last < vocabulary.length && vocabulary[last].startsWith(key)) {
            last++;
        }
        for (int p = starts[first]; p < starts[last]; p++) {
            int e = postings[p];
            if (seen[e] == generation) {
                continue;
            }
            seen[e] = generation;
            Entry entry = entries[e];
            if (!changed.containsKey(entry.id()) && containsAll(entry.text(), words, key)) {
                ranking.offer(entry);
            }
        }
        for (Entry entry : changed.values()) {
            if (entry != null && matches(entry.text(), key) && containsAll(entry.text(), words, key)) {
                ranking.offer(entry);
            }
        }
        return ranking.results(query);
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String part : SearchText.normalize(query).split("[^\\p{L}\\p{Nd}]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }

    private int lowerBound(String key) {
        int low = 0;
        int high = vocabulary.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (vocabulary[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean matches(String text, String key) {
        return SearchText.tokens(text).stream().anyMatch(token -> token.startsWith(key));
    }

    private static boolean containsAll(String text, List<String> words, String key) {
        for (String word : words) {
            if (!word.equals(key) && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the best few of each kind: the name starting with the query first, then shorter names. */
    private static final class Ranking {
        private static final Comparator<Entry> BEST_LAST = Comparator.<Entry>comparingInt(e -> e.title().length())
                .thenComparing(Entry::title).reversed();
        private final int perKind;
        private final Map<SearchKind, PriorityQueue<Entry>> best = new EnumMap<>(SearchKind.class);
        private final Map<SearchKind, Integer> totals = new EnumMap<>(SearchKind.class);
        private final Comparator<Entry> worstFirst;

        Ranking(String phrase, int perKind) {
            this.perKind = perKind;
            Comparator<Entry> startsFirst = Comparator.comparingInt(e -> e.text().startsWith(phrase) ? 0 : 1);
            this.worstFirst = startsFirst.reversed().thenComparing(BEST_LAST);
        }

        void offer(Entry entry) {
            totals.merge(entry.kind(), 1, Integer::sum);
            PriorityQueue<Entry> queue = best.computeIfAbsent(entry.kind(), k -> new PriorityQueue<>(worstFirst));
            if (queue.size() < perKind) {
                queue.add(entry);
            } else if (worstFirst.compare(entry, queue.peek()) > 0) {
                queue.poll();
                queue.add(entry);
            }
        }

        SearchResults results(String query) {
            Map<SearchKind, SearchResults.Group> groups = new LinkedHashMap<>();
            for (SearchKind kind : SearchKind.values()) {
                PriorityQueue<Entry> queue = best.get(kind);
                if (queue == null) {
                    continue;
                }
                List<SearchHit> hits = queue.stream().sorted(worstFirst.reversed())
                        .map(e -> new SearchHit(e.kind(), e.id(), e.title(), e.detail())).toList();
                groups.put(kind, new SearchResults.Group(hits, totals.get(kind)));
            }
            return new SearchResults(query, groups);
        }
    }
}
