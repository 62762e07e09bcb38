package org.fieldbook.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.fieldbook.domain.Money;

/** Money, numbers and dates as the user's locale writes them. */
public final class Formats {
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter compactDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    /**
     * A currency format per currency code, made once per thread: {@code NumberFormat} is not thread-safe, and
     * making one parses the locale's pattern again (a board move formats some thirty amounts).
     */
    private final ThreadLocal<java.util.Map<String, NumberFormat>> moneyFormats =
            ThreadLocal.withInitial(java.util.HashMap::new);

    public Formats(Locale locale) {
        this(locale, ZoneId.systemDefault());
    }

    /** With the time zone moments are shown in. */
    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String shortPattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, java.time.chrono.IsoChronology.INSTANCE, locale);
        this.compactDate = spellsTheWholeYear(shortPattern)
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale) : date;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    /** E.g. "$12,500.00" in en-US, "¥12,500.00" in zh-CN, "12.500,00 €" in de-DE. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        return moneyFormats.get().computeIfAbsent(money.currency(), this::moneyFormat).format(money.amount());
    }

    private NumberFormat moneyFormat(String currencyCode) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        format.setMaximumFractionDigits(Math.max(2, currency.getDefaultFractionDigits()));
        return format;
    }

    /** An amount for an input field: grouped the locale's way, without a currency sign. */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(Math.max(2, amount.scale()));
        return format.format(amount);
    }

    /**
     * Reads an amount typed the locale's way ("12,500.50") or plainly ("12500.50"); empty when the text is
     * not a number as a whole (so "12abc" is not read as 12).
     */
    public Optional<BigDecimal> parseAmount(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip().replace("\u00a0", "").replace("\u202f", "");
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        if (groupedProperly(trimmed, format.getDecimalFormatSymbols())) {
            ParsePosition position = new ParsePosition(0);
            Object parsed = format.parse(trimmed, position);
            if (parsed instanceof BigDecimal value && position.getIndex() == trimmed.length()) {
                return Optional.of(value);
            }
        }
        try {
            return Optional.of(new BigDecimal(trimmed));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True when every grouping separator in {@code text} is followed by exactly three digits. Java's parser
     * skips separators anywhere, so in German "12500.5" would silently become 125005.
     */
    private static boolean groupedProperly(String text, java.text.DecimalFormatSymbols symbols) {
        char grouping = symbols.getGroupingSeparator();
        char decimal = symbols.getDecimalSeparator();
        for (int i = text.indexOf(grouping); i >= 0; i = text.indexOf(grouping, i + 1)) {
            int digits = 0;
            int j = i + 1;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                digits++;
                j++;
            }
            boolean endsGroup = j == text.length() || text.charAt(j) == grouping || text.charAt(j) == decimal;
            if (digits != 3 || !endsGroup) {
                return false;
            }
        }
        return true;
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /**
     * A date where room is short (a board card's close date): the locale's short form when it keeps the year
     * whole ("2030/3/31" in Chinese, "31/03/2030" in French), else {@link #date} ("Mar 31, 2030", where the
     * short form is "3/31/30"). Chinese medium dates ("2030年3月31日") did not fit beside a foreign amount.
     */
    public String compactDate(LocalDate value) {
        return value == null ? "" : compactDate.format(value);
    }

    /** Whether a date pattern writes the year in full: a run of {@code y} or {@code u} (outside quotes) not of two. */
    static boolean spellsTheWholeYear(String pattern) {
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("y+|u+")
                .matcher(pattern.replaceAll("'[^']*'", ""));
        boolean found = false;
        while (year.find()) {
            if (year.group().length() == 2) {
                return false;
            }
            found = true;
        }
        return found;
    }

    /** The time of day of a moment, e.g. "2:05 PM" or "14:05". */
    public String time(Instant moment) {
        return moment == null ? "" : time.format(moment);
    }

    /** A moment with its date, e.g. "Nov 23, 2026, 2:05 PM". */
    public String dateTime(Instant moment) {
        return moment == null ? "" : dateTime.format(moment);
    }

    /** True when the moment falls on the same calendar day as {@code other}, where the user is. */
    public boolean sameDay(Instant moment, Instant other) {
        return moment.atZone(zone).toLocalDate().equals(other.atZone(zone).toLocalDate());
    }

    public Locale locale() {
        return locale;
    }
}
