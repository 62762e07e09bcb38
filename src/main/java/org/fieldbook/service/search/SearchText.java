package org.fieldbook.service.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text is compared by the search: lower case, accents set aside ("Müller" is found by "muller"), split into
 * words at anything that is not a letter or digit. Chinese has no spaces between words, so a run of Han
 * characters also yields each of its suffixes: "华信科技" is found by "科技".
 */
final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int LONGEST_SUFFIXED_RUN = 24;

    private SearchText() {
    }

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The words of normalized text, and the suffixes of its Han runs. */
    static List<String> tokens(String normalized) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean wordChar = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                addWord(normalized.substring(start, i), tokens);
                start = -1;
            }
        }
        return tokens;
    }

    private static void addWord(String word, List<String> tokens) {
        tokens.add(word);
        if (word.length() > LONGEST_SUFFIXED_RUN) {
            return;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.codePointAt(i)) == Character.UnicodeScript.HAN) {
                tokens.add(word.substring(i));
            }
        }
    }
}
