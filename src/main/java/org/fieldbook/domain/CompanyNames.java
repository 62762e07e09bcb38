package org.fieldbook.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two company names mean the same firm: "ACME Tools Ltd." and "Acme  Tools" do, and so do "华东精密机械有限公司"
 * and "华东精密机械". Case, spaces, punctuation and trailing legal forms are ignored.
 */
public final class CompanyNames {
    /** Legal forms written as words of their own at the end ("GmbH & Co. KG" is three of them). */
    private static final Set<String> LATIN_FORMS = Set.of("incorporated", "corporation", "limited", "company",
            "gmbh", "ltd", "inc", "corp", "co", "llc", "llp", "plc", "ag", "sa", "sarl", "sas", "bv", "nv", "oy",
            "ab", "srl", "spa", "kk", "kg", "pte", "pty");
    /** Chinese and Japanese legal forms follow the name directly; longest first. */
    private static final List<String> CJK_FORMS = List.of("股份有限公司", "有限责任公司", "有限責任公司", "有限公司",
            "株式会社", "集团", "集團", "公司");

    private CompanyNames() {
    }

    /** The name reduced to what identifies the firm; equal keys mean the same company. */
    public static String matchKey(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String spaced = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (spaced.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(spaced.split(" ")));
        while (words.size() > 1 && LATIN_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String key = String.join("", words);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String form : CJK_FORMS) {
                if (key.length() > form.length() && key.endsWith(form)) {
                    key = key.substring(0, key.length() - form.length());
                    stripped = true;
                    break;
                }
            }
        }
        return key;
    }

    public static boolean sameCompany(String a, String b) {
        String key = matchKey(a);
        return !key.isEmpty() && key.equals(matchKey(b));
    }
}
