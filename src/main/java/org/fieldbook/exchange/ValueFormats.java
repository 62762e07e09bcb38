package org.fieldbook.exchange;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dates and numbers as other software writes them: ISO dates and Salesforce's "2024-01-23T03:54:57.000+0000",
 * "2024/1/23", "2024年1月23日", "23.01.2024", and the user's own pattern first; amounts with thousands
 * separators and currency signs, or with a decimal comma when the user says so.
 */
final class ValueFormats {
    private static final List<DateTimeFormatter> BUILT_IN = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            pattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("yyyy/M/d[ H:mm[:ss]]"),
            pattern("yyyy.M.d"),
            pattern("yyyy年M月d日[ H:mm[:ss]]"),
            pattern("d.M.yyyy[ H:mm[:ss]]"));

    // compiled once: a file's every amount goes through them
    private static final Pattern SIGNS_AND_SPACES = Pattern.compile("[\\p{Sc}\\s\u00A0']");
    private static final Pattern CODE_AT_START = Pattern.compile("^[A-Za-z]{3}");
    private static final Pattern CODE_AT_END = Pattern.compile("[A-Za-z]{3}$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** Files repeat their dates (a day of created deals): each text is parsed once, up to this many. */
    private static final int REMEMBERED_DATES = 20_000;

    private final Map<String, TemporalAccessor> parsed = new HashMap<>();
    private final List<DateTimeFormatter> dates;
    private final boolean decimalComma;
    private final ZoneId zone;

    ValueFormats(String userPattern, boolean decimalComma, ZoneId zone) {
        List<DateTimeFormatter> all = new ArrayList<>();
        if (userPattern != null && !userPattern.isBlank()) {
            all.add(pattern(userPattern)); // an invalid pattern fails here, before any row is read
        }
        all.addAll(BUILT_IN);
        this.dates = List.copyOf(all);
        this.decimalComma = decimalComma;
        this.zone = zone;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ROOT);
    }

    /** A point in time; a date without a time is taken as noon in the user's zone, so it stays on its day. */
    Instant instant(String text) {
        TemporalAccessor parsed = parse(text);
        if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).atZone(zone).toInstant();
        }
        return LocalDate.from(parsed).atTime(12, 0).atZone(zone).toInstant();
    }

    LocalDate date(String text) {
        TemporalAccessor parsed = parse(text);
        if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).atZoneSameInstant(zone).toLocalDate();
        }
        return LocalDate.from(parsed);
    }

    private TemporalAccessor parse(String text) {
        String value = text.strip();
        TemporalAccessor known = parsed.get(value);
        if (known != null) {
            return known;
        }
        TemporalAccessor read = read(value);
        if (parsed.size() < REMEMBERED_DATES) {
            parsed.put(value, read);
        }
        return read;
    }

    private TemporalAccessor read(String value) {
        for (DateTimeFormatter format : dates) {
            ParsePosition position = new ParsePosition(0);
            if (format.parseUnresolved(value, position) == null || position.getIndex() != value.length()) {
                continue; // parseBest would refuse it too, at the cost of an exception with its message
            }
            try {
                return format.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        throw new NumberFormatException("not a date: " + value);
    }

    /** An amount: "$1,124,741.15", "¥ 12 500", "1.234,56" with a decimal comma, "(500)" is refused as negative. */
    BigDecimal amount(String text) {
        String value = SIGNS_AND_SPACES.matcher(text.strip()).replaceAll("");
        if (value.startsWith("(") && value.endsWith(")")) {
            value = "-" + value.substring(1, value.length() - 1);
        }
        value = CODE_AT_END.matcher(CODE_AT_START.matcher(value).replaceAll("")).replaceAll("");
        if (decimalComma) {
            value = value.replace(".", "").replace(',', '.');
        } else {
            value = value.replace(",", "");
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new NumberFormatException("not an amount: " + text);
        }
        return new BigDecimal(value);
    }

    Integer integer(String text) {
        BigDecimal number = amount(text);
        return number.stripTrailingZeros().scale() > 0 ? Integer.valueOf(number.intValue())
                : Integer.valueOf(number.intValueExact());
    }
}
