package org.fieldbook.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.domain.QuoteNumber;
import org.fieldbook.store.QuoteRepository;
import org.fieldbook.store.Tx;

/**
 * The next quote number of this device, in the quote's own transaction (a rolled-back quote uses no number).
 * The prefix and the counter are local settings; the counter also never goes below the highest number of this
 * device's prefix already in the store, so a restored backup cannot hand out a number twice.
 */
final class QuoteNumbering {
    static final String PREFIX = "quote.prefix";
    static final String COUNTER = "quote.counter.";

    private QuoteNumbering() {
    }

    static String next(Tx tx, UUID device) {
        String prefix = prefix(tx, device);
        long counter = tx.settings().get(COUNTER + prefix).map(Long::parseLong).orElse(0L);
        for (QuoteRepository.Numbered numbered : tx.quotes().numbersWithPrefix(prefix)) {
            counter = Math.max(counter, QuoteNumber.counterOf(numbered.number(), prefix).orElse(0L));
        }
        counter++;
        tx.settings().put(COUNTER + prefix, Long.toString(counter));
        return QuoteNumber.format(prefix, counter);
    }

    /**
     * The device's prefix, kept as {@code deviceId:prefix}. When two devices turn out to share a prefix (the
     * other's quotes synced in), the one with the greater device id leaves it for the next free one, so exactly
     * one of them moves whichever sees it first. A kept prefix of another device id (a data folder copied to a
     * new computer) is chosen anew; a new choice skips every prefix another device has used.
     */
    private static String prefix(Tx tx, UUID device) {
        Optional<String> kept = tx.settings().get(PREFIX);
        if (kept.isPresent() && kept.get().startsWith(device + ":")) {
            String prefix = kept.get().substring(device.toString().length() + 1);
            boolean leave = tx.quotes().numbersWithPrefix(prefix).stream()
                    .anyMatch(n -> !device.equals(n.device()) && n.device().compareTo(device) < 0);
            if (!leave) {
                return prefix;
            }
        }
        for (int attempt = 0; ; attempt++) {
            String prefix = QuoteNumber.prefix(device, attempt);
            if (!takenByAnother(tx.quotes().numbersWithPrefix(prefix), device)) {
                tx.settings().put(PREFIX, device + ":" + prefix);
                return prefix;
            }
        }
    }

    private static boolean takenByAnother(List<QuoteRepository.Numbered> numbers, UUID device) {
        return numbers.stream().anyMatch(n -> !device.equals(n.device()));
    }
}
