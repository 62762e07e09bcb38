package org.fieldbook.service.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What demo data to make: the same options on the same starting data always give the same rows, ids included.
 *
 * @param seed          the seed of every random choice
 * @param accounts      companies to create (about three contacts each)
 * @param opportunities opportunities spread over them, each with its stage history, buying roles and activities
 * @param locale        the language of names and the main currency (English, 简体中文, 繁體中文)
 * @param today         the day the data is "as of": histories end here, some tasks are due after it
 */
public record DemoOptions(long seed, int accounts, int opportunities, Locale locale, LocalDate today) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_ACCOUNTS = 40;
    public static final int DEFAULT_OPPORTUNITIES = 300;

    public DemoOptions {
        if (accounts < 1) {
            throw new IllegalArgumentException("the number of accounts must be at least 1, not " + accounts);
        }
        if (opportunities < 0) {
            throw new IllegalArgumentException("the number of opportunities cannot be negative: " + opportunities);
        }
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(today, "today");
    }

    /** About 40 accounts, 120 contacts and 300 opportunities as of today, in the given language. */
    public static DemoOptions defaults(Locale locale) {
        return new DemoOptions(DEFAULT_SEED, DEFAULT_ACCOUNTS, DEFAULT_OPPORTUNITIES, locale, LocalDate.now());
    }

    /**
     * The number of accounts that suits a number of opportunities when only that is given: the default
     * ratio of 7.5 opportunities per account.
     */
    public static int accountsFor(int opportunities) {
        return Math.max(1, (int) Math.round(opportunities * DEFAULT_ACCOUNTS / (double) DEFAULT_OPPORTUNITIES));
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(newSeed, accounts, opportunities, locale, today);
    }

    public DemoOptions withAccounts(int newAccounts) {
        return new DemoOptions(seed, newAccounts, opportunities, locale, today);
    }

    public DemoOptions withOpportunities(int newOpportunities) {
        return new DemoOptions(seed, accounts, newOpportunities, locale, today);
    }

    public DemoOptions withToday(LocalDate newToday) {
        return new DemoOptions(seed, accounts, opportunities, locale, newToday);
    }
}
