package org.fieldbook.service.demo;

import java.util.List;
import java.util.Locale;
import org.fieldbook.domain.ActivityType;

/** Names, places and phrases of one language, put together the way that language writes them. */
final class Vocabulary {
    enum Style { ENGLISH, SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE }

    record Industry(String label, List<String> words) {
    }

    record City(String name, String region, String areaCode) {
    }

    record Title(String title, String department, int seniority) {
    }

    /** A person's name as written, and the Latin form for an e-mail address ("wei.zhang"). */
    record Person(String name, String emailName) {
    }

    /** A company's legal name, the short name people use, and the Latin base of its web domain. */
    record Company(String name, String shortName, String domainBase) {
    }

    private final Words words;

    private Vocabulary(Words words) {
        this.words = words;
    }

    /** Simplified Chinese for zh (zh_CN, zh_SG), Traditional for zh_TW, zh_HK, zh_MO and zh_Hant; else English. */
    static Vocabulary forLocale(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return new Vocabulary(EnglishWords.words());
        }
        boolean traditional = "Hant".equals(locale.getScript())
                || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return new Vocabulary(traditional ? TraditionalChineseWords.words() : SimplifiedChineseWords.words());
    }

    Style style() {
        return words.style();
    }

    Person person(DemoRandom random) {
        Words.Term given = random.pick(words.givenNames());
        // common family names are much more common: favour the front of the list
        List<Words.Term> families = words.familyNames();
        double u = random.uniform(0, 1);
        Words.Term family = families.get((int) (u * u * families.size()));
        String name = style() == Style.ENGLISH ? given.text() + " " + family.text() : family.text() + given.text();
        return new Person(name, given.latin() + "." + family.latin());
    }

    Company company(DemoRandom random, Industry industry, City city) {
        Words.Term brand = random.pick(words.brands());
        String word = random.pick(industry.words());
        String suffix = random.pick(words.companySuffixes());
        return switch (style()) {
            case ENGLISH -> {
                String owner = englishCompanyOwner(random, brand);
                yield new Company(owner + " " + word + " " + suffix, owner + " " + word, slug(owner + "-" + word));
            }
            case SIMPLIFIED_CHINESE -> new Company(city.name() + brand.text() + word + suffix,
                    brand.text() + word, brand.latin());
            case TRADITIONAL_CHINESE -> new Company(brand.text() + word + suffix, brand.text() + word,
                    brand.latin());
        };
    }

    /** "Northwind", "Miller & Clark" or "Harris": a brand or the founders' family names. */
    private String englishCompanyOwner(DemoRandom random, Words.Term brand) {
        double form = random.uniform(0, 1);
        if (form < 0.45) {
            return brand.text();
        }
        String family = random.pick(words.familyNames()).text();
        if (form < 0.8) {
            String partner = random.pick(words.familyNames()).text();
            return partner.equals(family) ? family + " Brothers" : family + " & " + partner;
        }
        return family;
    }

    String address(DemoRandom random, City city) {
        String street = random.pick(words.streets());
        return switch (style()) {
            case ENGLISH -> random.between(10, 9899) + " " + street + ", " + city.name();
            case SIMPLIFIED_CHINESE -> city.name() + "市" + street + random.between(1, 999) + "号";
            case TRADITIONAL_CHINESE -> city.name() + street + random.pick(new String[] {"", "一段", "二段", "三段"})
                    + random.between(1, 399) + "號";
        };
    }

    /** An office number; the English ones use 555-01xx, the range kept for fiction. */
    String officePhone(DemoRandom random, City city) {
        return switch (style()) {
            case ENGLISH -> "+1 (" + city.areaCode() + ") 555-01" + twoDigits(random);
            case SIMPLIFIED_CHINESE -> city.areaCode() + "-" + random.between(5, 8) + digits(random, 7);
            case TRADITIONAL_CHINESE -> "(" + city.areaCode() + ") " + random.between(2, 8) + digits(random, 3)
                    + "-" + digits(random, 4);
        };
    }

    String mobilePhone(DemoRandom random, City city) {
        return switch (style()) {
            case ENGLISH -> "+1 (" + city.areaCode() + ") 555-01" + twoDigits(random);
            case SIMPLIFIED_CHINESE -> "+86 1" + random.pick(new String[] {"38", "39", "35", "86", "58", "50"})
                    + " " + digits(random, 4) + " " + digits(random, 4);
            case TRADITIONAL_CHINESE -> "09" + digits(random, 2) + "-" + digits(random, 3) + "-" + digits(random, 3);
        };
    }

    /** What new customers buy, or existing ones add: the catalogue, and what deal titles name. */
    List<String> products(boolean expansion) {
        return expansion ? words.expansionProducts() : words.newBusinessProducts();
    }

    String dealTitle(String accountShortName, String product) {
        return accountShortName + (style() == Style.ENGLISH ? " – " : "-") + product;
    }

    String activitySubject(DemoRandom random, ActivityType type, String contactName) {
        String subject = random.pick(words.activitySubjects().get(type));
        return subject.replace("{contact}", contactName);
    }

    List<Industry> industries() {
        return words.industries();
    }

    List<City> cities() {
        return words.cities();
    }

    List<Title> titles() {
        return words.titles();
    }

    List<String> lostReasons() {
        return words.lostReasons();
    }

    List<String> outcomes() {
        return words.outcomes();
    }

    /** Where a meeting is held when it is not at the customer's: [video call, our office]. */
    List<String> meetingPlaces() {
        return words.meetingPlaces();
    }

    /** The name of the team that covers {@code region}. */
    String regionalTeam(String region) {
        return String.format(java.util.Locale.ROOT, words.teams().get(0), region);
    }

    String keyAccountTeam() {
        return words.teams().get(1);
    }

    List<String> contactNotes() {
        return words.contactNotes();
    }

    private static String twoDigits(DemoRandom random) {
        return digits(random, 2);
    }

    private static String digits(DemoRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.between(0, 9)));
        }
        return digits.toString();
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
