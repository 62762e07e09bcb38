package org.fieldbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deal's expected and received payments. Money received pays the plan oldest first, whatever the date it
 * came in: an expected payment is covered by what is left of the received total once the earlier expected
 * payments are covered. It is <em>overdue</em> when its date is before today and it is not wholly covered; what
 * is still owed on it is its outstanding amount.
 */
public record PaymentPlan(List<Payment> payments) {
    /** An expected payment that is overdue, with what is still owed on it. */
    public record Overdue(Payment expected, BigDecimal outstanding) {
    }

    public PaymentPlan {
        payments = List.copyOf(payments);
    }

    public BigDecimal expectedTotal() {
        return total(PaymentKind.EXPECTED);
    }

    public BigDecimal receivedTotal() {
        return total(PaymentKind.RECEIVED);
    }

    private BigDecimal total(PaymentKind kind) {
        return payments.stream().filter(p -> p.kind() == kind).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Overdue> overdue(LocalDate today) {
        List<Payment> expected = payments.stream().filter(p -> p.kind() == PaymentKind.EXPECTED)
                .sorted(Comparator.comparing(Payment::date).thenComparing(Payment::id)).toList();
        BigDecimal left = receivedTotal();
        List<Overdue> found = new ArrayList<>();
        for (Payment payment : expected) {
            BigDecimal covered = left.min(payment.amount()).max(BigDecimal.ZERO);
            left = left.subtract(covered);
            BigDecimal outstanding = payment.amount().subtract(covered);
            if (payment.date().isBefore(today) && outstanding.signum() > 0) {
                found.add(new Overdue(payment, outstanding));
            }
        }
        return found;
    }
}
