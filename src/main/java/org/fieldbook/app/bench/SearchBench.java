package org.fieldbook.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fieldbook.service.search.SearchService;

/**
 * The global search on the 100k demo folder: building its index once, then every keystroke of typing real
 * names (accounts, contacts, deals: each typed letter by letter up to its second word) and each single letter
 * a–z, the broadest queries. The first pass warms the JIT; the second is measured.
 */
public final class SearchBench {
    static final double LIMIT_MS = 50;
    private static final int NAMES_PER_KIND = 15;

    private SearchBench() {
    }

    /** {@code typed}: names of the folder's own accounts, contacts and deals, typed letter by letter. */
    public static List<Figure> measure(SearchService search, List<List<String>> typed, PrintWriter console) {
        long start = System.nanoTime();
        search.prepare();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        int records = search.size();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
        List<String> queries = keystrokes(typed);
        time(search, queries);
        double[] millis = time(search, queries);
        Arrays.sort(millis);
        console.printf("Search: %,d records indexed in %.1f s; %,d keystroke queries%n", records, buildSeconds,
                millis.length);
        console.flush();
        return List.of(Figure.of("search_index_records", records, "records"),
                Figure.of("search_index_build_s", buildSeconds, "s"),
                Figure.of("search_heap_after_build_mb", heapMb, "MB"),
                Figure.limited("search_keystroke_median_ms", percentile(millis, 0.5), "ms", LIMIT_MS),
                Figure.limited("search_keystroke_p95_ms", percentile(millis, 0.95), "ms", LIMIT_MS),
                Figure.of("search_keystroke_max_ms", millis[millis.length - 1], "ms"));
    }

    private static double[] time(SearchService search, List<String> queries) {
        double[] millis = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            search.search(queries.get(i), 5);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /** What the search box holds after each keystroke of typing a sample of the folder's own names. */
    private static List<String> keystrokes(List<List<String>> byKind) {
        List<String> names = new ArrayList<>();
        byKind.forEach(kind -> names.addAll(sample(kind)));
        List<String> queries = new ArrayList<>();
        for (char letter = 'a'; letter <= 'z'; letter++) {
            queries.add(String.valueOf(letter));
        }
        for (String name : names) {
            String[] words = name.split(" ");
            String typed = words.length > 1 ? words[0] + " " + words[1] : words[0];
            for (int end = 1; end <= typed.length(); end++) {
                queries.add(typed.substring(0, end));
            }
        }
        return queries;
    }

    private static List<String> sample(List<String> all) {
        List<String> some = new ArrayList<>();
        for (int i = 0; i < NAMES_PER_KIND && !all.isEmpty(); i++) {
            some.add(all.get((int) ((long) i * all.size() / NAMES_PER_KIND)));
        }
        return some;
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
