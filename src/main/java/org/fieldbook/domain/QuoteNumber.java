package org.fieldbook.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote numbers that stay unique across devices working offline: {@code Q-<device prefix>-<counter>}, e.g.
 * {@code Q-7KQ4-0012}. The prefix is four Crockford base-32 characters from the random bits of the device's id
 * (a million values), kept per device; the counter is the device's own. Two devices can only meet on a number
 * when they share a prefix, which the device that notices it (a synced quote with its prefix from another
 * device) leaves for a new one. Initials were not enough: one rep with a laptop and a desktop has two devices.
 */
public final class QuoteNumber {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern NUMBER = Pattern.compile("Q-([0-9A-Z]{4})-(\\d+)");

    private QuoteNumber() {
    }

    /** The prefix for a device id; {@code attempt} 1, 2... give others when the first is taken. */
    public static String prefix(UUID deviceId, int attempt) {
        long bits = deviceId.getLeastSignificantBits() ^ (attempt * 0x9E3779B97F4A7C15L);
        bits ^= bits >>> 29;
        bits *= 0xBF58476D1CE4E5B9L;
        bits ^= bits >>> 32;
        StringBuilder prefix = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            prefix.append(ALPHABET.charAt((int) (bits >>> (5 * i)) & 31));
        }
        return prefix.toString();
    }

    public static String format(String prefix, long counter) {
        return String.format("Q-%s-%04d", prefix, counter);
    }

    /** The counter of a number with this prefix, or empty for another prefix or a number not of this form. */
    public static Optional<Long> counterOf(String number, String prefix) {
        Matcher m = NUMBER.matcher(number);
        if (!m.matches() || !m.group(1).equals(prefix)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(2)));
    }

    public static Optional<String> prefixOf(String number) {
        Matcher m = NUMBER.matcher(number);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
