package org.fieldbook.domain;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** ISO 4217 currency codes as the JDK knows them. */
public final class Currencies {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Currencies() {
    }

    public static boolean isValid(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The currency of the locale's country, or EUR where the locale names no country. */
    public static String defaultFor(Locale locale) {
        try {
            return Currency.getInstance(locale).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "EUR";
        }
    }

    /** Every currency code, sorted, for pickers. */
    public static List<String> allCodes() {
        return Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** The digits of the currency's minor unit: 2 for cents, 0 for yen; 2 where the currency has none defined. */
    public static int minorDigits(String code) {
        int digits = Currency.getInstance(code).getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}
