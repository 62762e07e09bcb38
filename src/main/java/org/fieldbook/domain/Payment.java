package org.fieldbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An expected or a received payment of a won deal, in the deal's currency. */
public record Payment(UUID id, UUID opportunityId, PaymentKind kind, BigDecimal amount, LocalDate date,
                      String note) {
    public static final int MAX_NOTE = 500;

    public static Payment create(UUID opportunityId, PaymentKind kind, BigDecimal amount, LocalDate date,
                                 String note) {
        return new Payment(TimeOrderedId.next(), opportunityId, kind, amount, date,
                note == null || note.isBlank() ? null : note.strip());
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (amount == null || amount.signum() <= 0) {
            found.add(new Violation("amount", "validation.payment.amountPositive"));
        }
        if (date == null) {
            found.add(new Violation("date", "validation.payment.dateRequired"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            found.add(new Violation("note", "validation.payment.noteTooLong"));
        }
        return found;
    }
}
