package org.fieldbook.service.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The search's copy of every searchable record: a sorted vocabulary of words with the records each occurs in,
 * built once, and beside it the records changed since, which replace theirs in the vocabulary until the next
 * build. A query looks up its longest word by prefix (binary search), so it reads only the records that word
 * can belong to. The records are kept in the order results are ranked in (by kind, then shorter title, then
 * title), so a record's position is its rank: a one-letter query that reaches a few hundred thousand records
 * ranks them by comparing integers. Not thread-safe: {@link SearchService} calls it under its lock.
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

    /** The order of results within a kind: a shorter title first, then by title. */
    private static final Comparator<Entry> RANK = Comparator.<Entry>comparingInt(e -> e.title().length())
            .thenComparing(Entry::title);
    private static final SearchKind[] KINDS = SearchKind.values();

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

    static SearchIndex of(List<Entry> unordered) {
        Entry[] entries = unordered.toArray(Entry[]::new);
        Arrays.sort(entries, Comparator.comparing(Entry::kind).thenComparing(RANK));
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        long[] pairs = new long[Math.max(16, entries.length * 4)];
        int count = 0;
        for (int e = 0; e < entries.length; e++) {
            for (String token : new LinkedHashSet<>(SearchText.tokens(entries[e].text()))) {
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
        return new SearchIndex(entries, vocabulary, starts, postings);
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

    /**
     * The best {@code perKind} records of each kind whose words start with every word of {@code query}: the
     * records whose text starts with the query first, then in rank order.
     */
    SearchResults search(String query, int perKind) {
        List<String> words = words(query);
        if (words.isEmpty() || perKind <= 0) {
            return SearchResults.empty(query);
        }
        String phrase = String.join(" ", words);
        String key = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        int[] totals = new int[KINDS.length];
        long[][] best = new long[KINDS.length][];
        int[] bestCount = new int[KINDS.length];
        generation++;
        int first = lowerBound(key);
        int last = first;
        while (last < vocabulary.length && vocabulary[last].startsWith(key)) {
            last++;
        }
        boolean anyChanged = !changed.isEmpty();
        for (int p = starts[first]; p < starts[last]; p++) {
            int e = postings[p];
            if (seen[e] == generation) {
                continue;
            }
            seen[e] = generation;
            Entry entry = entries[e];
            if ((anyChanged && changed.containsKey(entry.id())) || !containsAll(entry.text(), words, key)) {
                continue;
            }
            int kind = entry.kind().ordinal();
            totals[kind]++;
            long score = (entry.text().startsWith(phrase) ? 0L : 1L << 32) | e;
            if (best[kind] == null) {
                best[kind] = new long[perKind];
            }
            bestCount[kind] = keepBest(best[kind], bestCount[kind], score);
        }
        List<Entry> changedMatches = new ArrayList<>();
        for (Entry entry : changed.values()) {
            if (entry != null && matches(entry.text(), key) && containsAll(entry.text(), words, key)) {
                totals[entry.kind().ordinal()]++;
                changedMatches.add(entry);
            }
        }
        return results(query, phrase, perKind, totals, best, bestCount, changedMatches);
    }

    /** Inserts {@code score} into the ascending {@code kept[0..count)} if it is among the best; the new count. */
    private static int keepBest(long[] kept, int count, long score) {
        if (count == kept.length && score >= kept[count - 1]) {
            return count;
        }
        int at = count == kept.length ? count - 1 : count;
        while (at > 0 && kept[at - 1] > score) {
            kept[at] = kept[at - 1];
            at--;
        }
        kept[at] = score;
        return Math.min(count + 1, kept.length);
    }

    private SearchResults results(String query, String phrase, int perKind, int[] totals, long[][] best,
                                  int[] bestCount, List<Entry> changedMatches) {
        Comparator<Entry> order = Comparator.<Entry>comparingInt(e -> e.text().startsWith(phrase) ? 0 : 1)
                .thenComparing(RANK);
        Map<SearchKind, SearchResults.Group> groups = new LinkedHashMap<>();
        for (SearchKind kind : KINDS) {
            int k = kind.ordinal();
            if (totals[k] == 0) {
                continue;
            }
            List<Entry> candidates = new ArrayList<>();
            for (int i = 0; i < bestCount[k]; i++) {
                candidates.add(entries[(int) best[k][i]]);
            }
            changedMatches.stream().filter(e -> e.kind() == kind).forEach(candidates::add);
            List<SearchHit> hits = candidates.stream().sorted(order).limit(perKind)
                    .map(e -> new SearchHit(e.kind(), e.id(), e.title(), e.detail())).toList();
            groups.put(kind, new SearchResults.Group(hits, totals[k]));
        }
        return new SearchResults(query, groups);
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
}
