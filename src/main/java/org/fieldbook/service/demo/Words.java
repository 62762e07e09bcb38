package org.fieldbook.service.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The raw word lists of one language. Lists are written as text, items separated by {@code |}; an item that
 * needs a Latin spelling (for e-mail addresses and web sites) carries it after a space: {@code 张 zhang}.
 */
record Words(
        Vocabulary.Style style,
        List<Term> givenNames,
        List<Term> familyNames,
        List<Term> brands,
        List<Vocabulary.Industry> industries,
        List<String> companySuffixes,
        List<Vocabulary.City> cities,
        List<String> streets,
        List<Vocabulary.Title> titles,
        List<String> newBusinessProducts,
        List<String> expansionProducts,
        List<String> lostReasons,
        Map<org.fieldbook.domain.ActivityType, List<String>> activitySubjects,
        List<String> outcomes, // the last two (a voicemail, no answer) only for calls
        List<String> meetingPlaces,
        List<String> teams, // a regional team ("%s" is the region), then the key-account team
        List<String> contactNotes) {

    /** A word and its Latin spelling (the same word for English). */
    record Term(String text, String latin) {
    }

    static List<String> list(String items) {
        return List.of(items.split("\\|"));
    }

    /** Items "text latin"; an item without a space is its own Latin spelling. */
    static List<Term> terms(String items) {
        List<Term> terms = new ArrayList<>();
        for (String item : items.split("\\|")) {
            int space = item.lastIndexOf(' ');
            terms.add(space < 0 ? new Term(item, item.toLowerCase(java.util.Locale.ROOT))
                    : new Term(item.substring(0, space), item.substring(space + 1)));
        }
        return List.copyOf(terms);
    }

    /** Two-syllable brand names: every first syllable with every different second one ("华" + "信"). */
    static List<Term> combine(List<Term> firsts, List<Term> seconds) {
        List<Term> brands = new ArrayList<>();
        for (Term first : firsts) {
            for (Term second : seconds) {
                if (!first.text().equals(second.text())) {
                    brands.add(new Term(first.text() + second.text(), first.latin() + second.latin()));
                }
            }
        }
        return List.copyOf(brands);
    }

    /** Cities as "name/region/area code" items. */
    static List<Vocabulary.City> cities(String items) {
        return list(items).stream().map(item -> {
            String[] parts = item.split("/");
            return new Vocabulary.City(parts[0], parts[1], parts[2]);
        }).toList();
    }

    /** Titles as "title/department/seniority" items, seniority 1 (staff) to 3 (executive). */
    static List<Vocabulary.Title> titles(String items) {
        return list(items).stream().map(item -> {
            String[] parts = item.split("/");
            return new Vocabulary.Title(parts[0], parts[1], Integer.parseInt(parts[2]));
        }).toList();
    }

    /** Industries as "label: word, word" items; the words go into company names. */
    static List<Vocabulary.Industry> industries(String items) {
        return list(items).stream().map(item -> {
            String[] parts = item.split(":");
            return new Vocabulary.Industry(parts[0].strip(), List.of(parts[1].strip().split("\\s*,\\s*")));
        }).toList();
    }
}
