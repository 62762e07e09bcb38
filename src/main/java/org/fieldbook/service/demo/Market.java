package org.fieldbook.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.fieldbook.domain.Currencies;

/**
 * Where the demo company sells: the currency most deals are in, the one a few export deals use, and the time
 * zone its working hours are in. Amounts are planned in US dollars and converted with rough fixed rates.
 */
record Market(String currency, String exportCurrency, ZoneId zone) {
    private static final Map<String, Double> PER_DOLLAR = Map.ofEntries(
            Map.entry("USD", 1.0), Map.entry("EUR", 0.92), Map.entry("GBP", 0.79), Map.entry("CHF", 0.88),
            Map.entry("CAD", 1.36), Map.entry("AUD", 1.5), Map.entry("JPY", 150.0), Map.entry("CNY", 7.2),
            Map.entry("TWD", 32.0), Map.entry("HKD", 7.8), Map.entry("SGD", 1.35), Map.entry("SEK", 10.5));
    private static final Map<String, String> ZONES = Map.of(
            "US", "America/New_York", "GB", "Europe/London", "CN", "Asia/Shanghai", "TW", "Asia/Taipei",
            "HK", "Asia/Hong_Kong", "SG", "Asia/Singapore", "DE", "Europe/Berlin", "FR", "Europe/Paris",
            "AU", "Australia/Sydney", "CA", "America/Toronto");

    static Market forLocale(Locale locale, Vocabulary.Style style) {
        String country = locale.getCountry();
        if (country.isEmpty()) {
            country = switch (style) {
                case ENGLISH -> "US";
                case SIMPLIFIED_CHINESE -> "CN";
                case TRADITIONAL_CHINESE -> "TW";
            };
        }
        String currency = Currencies.defaultFor(new Locale("", country));
        if (!PER_DOLLAR.containsKey(currency)) {
            currency = "USD";
        }
        String export = currency.equals("USD") ? "EUR" : "USD";
        return new Market(currency, export, ZoneId.of(ZONES.getOrDefault(country, "UTC")));
    }

    /**
     * The rough rates the amounts were quoted with, both ways between the main and the export currency, so
     * that the dashboard can add them up (the user can change them).
     */
    java.util.List<org.fieldbook.domain.ExchangeRate> rates() {
        BigDecimal main = BigDecimal.valueOf(PER_DOLLAR.get(currency));
        BigDecimal export = BigDecimal.valueOf(PER_DOLLAR.get(exportCurrency));
        return java.util.List.of(
                new org.fieldbook.domain.ExchangeRate(exportCurrency, currency, main.divide(export, 6, RoundingMode.HALF_UP)),
                new org.fieldbook.domain.ExchangeRate(currency, exportCurrency, export.divide(main, 6, RoundingMode.HALF_UP)));
    }

    /**
     * A dollar amount in {@code currency}, rounded the way people quote: to two significant figures below
     * 100,000 units and three above, never below 100 units.
     */
    static BigDecimal quote(double dollars, String currency) {
        double amount = Math.max(100, dollars * PER_DOLLAR.get(currency));
        int digits = amount >= 100_000 ? 3 : 2;
        BigDecimal rounded = new BigDecimal(amount).round(new java.math.MathContext(digits, RoundingMode.HALF_UP));
        return rounded.setScale(2, RoundingMode.UNNECESSARY);
    }
}
