package org.fieldbook.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;

/** Makes the customer companies and their contacts, and picks which customer a new deal is with. */
final class Customers {
    private final List<Customer> all;
    private final double[] cumulativeWeight;
    private final Vocabulary words;

    private Customers(List<Customer> all, Vocabulary words) {
        this.all = List.copyOf(all);
        this.words = words;
        this.cumulativeWeight = new double[all.size()];
        double total = 0;
        for (int i = 0; i < all.size(); i++) {
            // big customers buy more often, but not in proportion to their size
            total += StrictMath.pow(all.get(i).size, 0.8);
            cumulativeWeight[i] = total;
        }
    }

    /** Who the customers are; their accounts are made later, when the date of their first deal is known. */
    static Customers profile(int count, Vocabulary words, SalesTeam team, DemoRandom random) {
        Set<String> names = new HashSet<>();
        Set<String> domains = new HashSet<>();
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Vocabulary.Industry industry = random.pick(words.industries());
            Vocabulary.City city = random.pick(words.cities());
            Vocabulary.Company company = uniqueCompany(words, random, industry, city, names, domains);
            double size = random.logNormal(1, 1.0);
            customers.add(new Customer(company, industry, city, size,
                    team.ownerFor(city.region(), tier(size).equals("A"), random), ChannelMix.newBusiness(random)));
        }
        return new Customers(customers, words);
    }

    private static Vocabulary.Company uniqueCompany(Vocabulary words, DemoRandom random, Vocabulary.Industry industry,
                                                   Vocabulary.City city, Set<String> names, Set<String> domains) {
        Vocabulary.Company company = words.company(random, industry, city);
        for (int attempt = 0; attempt < 30 && names.contains(company.name()); attempt++) {
            company = words.company(random, industry, city);
        }
        String name = company.name();
        for (int n = 2; names.contains(name); n++) {
            name = company.name() + " (" + n + ")";
        }
        names.add(name);
        String domain = company.domainBase();
        for (int n = 2; domains.contains(domain); n++) {
            domain = company.domainBase() + n;
        }
        domains.add(domain);
        return new Vocabulary.Company(name, company.shortName(), domain);
    }

    int size() {
        return all.size();
    }

    Customer get(int index) {
        return all.get(index);
    }

    /** A customer for a new deal, bigger ones more often. */
    int pickForDeal(DemoRandom random) {
        double point = random.uniform(0, cumulativeWeight[cumulativeWeight.length - 1]);
        int index = Arrays.binarySearch(cumulativeWeight, point);
        return Math.min(all.size() - 1, index >= 0 ? index : -index - 1);
    }

    /**
     * Makes the account and contacts of customer {@code index}: created a few weeks before its first deal,
     * or at some time in the history when it has none yet.
     */
    void open(int index, LocalDate firstDeal, DemoCalendar calendar, DemoRandom random, DemoIds ids) {
        Customer customer = all.get(index);
        LocalDate day = firstDeal != null ? firstDeal.minusDays(random.between(1, 45))
                : calendar.firstDay().plusDays(random.between(0, calendar.historyDays() - 1));
        while (DemoCalendar.isWeekend(day)) {
            day = day.minusDays(1);
        }
        Instant created = calendar.officeHours(random, day);
        int employees = roundHeadcount(random.logNormal(220, 1.1) * StrictMath.sqrt(customer.size));
        customer.account = new Account(ids.at(created), customer.company.name(), customer.industry.label(),
                employees, customer.city.region(), words.address(random, customer.city),
                "www." + customer.company.domainBase() + ".example", words.officePhone(random, customer.city),
                customer.owner.rep().id(), tier(customer.size), customer.channel, created, null);
        int contactCount = Math.max(1, Math.min(8, (int) Math.round(
                3 * StrictMath.pow(customer.size, 0.3) * random.uniform(0.6, 1.3))));
        List<Contact> contacts = new ArrayList<>(contactCount);
        for (int i = 0; i < contactCount; i++) {
            contacts.add(contact(customer, i == 0, created, calendar, random, ids));
        }
        customer.contacts = List.copyOf(contacts);
    }

    private Contact contact(Customer customer, boolean first, Instant accountCreated, DemoCalendar calendar,
                            DemoRandom random, DemoIds ids) {
        Vocabulary.Person person = words.person(random);
        Vocabulary.Title title = random.pick(words.titles());
        while (first && title.seniority() < 2) {
            title = random.pick(words.titles());
        }
        Instant created = first ? accountCreated : calendar.later(random, accountCreated, random.uniform(0, 20));
        if (calendar.isFuture(created)) {
            created = accountCreated;
        }
        List<String> phones = random.chance(0.3)
                ? List.of(words.mobilePhone(random, customer.city), words.officePhone(random, customer.city))
                : List.of(words.mobilePhone(random, customer.city));
        String notes = random.chance(0.15) ? random.pick(words.contactNotes()) : null;
        return new Contact(ids.at(created), customer.account.id(), person.name(), title.title(), title.department(),
                List.of(person.emailName() + "@" + customer.company.domainBase() + ".example"), phones, notes,
                created, null);
    }

    /** A: the biggest customers, B: the solid middle, C: the long tail. */
    private static String tier(double size) {
        if (size > 2.8) {
            return "A";
        }
        return size > 1.0 ? "B" : "C";
    }

    private static int roundHeadcount(double headcount) {
        if (headcount < 50) {
            return Math.max(5, (int) Math.round(headcount));
        }
        int step = headcount < 1000 ? 10 : 100;
        return (int) (Math.round(headcount / step) * step);
    }
}
