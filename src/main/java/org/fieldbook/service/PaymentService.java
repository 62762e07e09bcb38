package org.fieldbook.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.OverduePayment;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentPlan;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.PaymentRepository;
import org.fieldbook.store.Store;

/** The payment plan and the payments received of won deals; each change is one transaction. */
public final class PaymentService {
    private final Store store;

    public PaymentService(Store store) {
        this.store = store;
    }

    public List<Payment> ofDeal(UUID opportunityId) {
        return store.read(tx -> tx.payments().ofOpportunity(opportunityId));
    }

    /** Adds an expected or a received payment to a won deal; refused, with the reasons, otherwise. */
    public Payment add(Payment payment) {
        RuleViolation.throwIfAny(payment.violations());
        return store.write(tx -> {
            Opportunity deal = tx.opportunities().get(payment.opportunityId());
            if (deal.status() != OpportunityStatus.WON) {
                throw new RuleViolation(List.of(new Violation("deal", "validation.payment.dealNotWon")));
            }
            return tx.payments().insert(payment);
        });
    }

    public void remove(UUID paymentId) {
        store.writeVoid(tx -> tx.payments().delete(paymentId));
    }

    /** The overdue expected payments of every won deal on {@code today}, oldest due first (see PaymentPlan). */
    public List<OverduePayment> overdue(LocalDate today) {
        return overdue(today, null);
    }

    /** As {@link #overdue(LocalDate)}, of the deals {@code owner} owns only (the agenda's "mine"); all when null. */
    public List<OverduePayment> overdue(LocalDate today, UUID owner) {
        List<PaymentRepository.OfWonDeal> rows = store.read(tx -> tx.payments().ofWonDeals(owner));
        Map<UUID, List<PaymentRepository.OfWonDeal>> byDeal = new LinkedHashMap<>();
        rows.forEach(row -> byDeal.computeIfAbsent(row.payment().opportunityId(), id -> new ArrayList<>()).add(row));
        List<OverduePayment> found = new ArrayList<>();
        for (List<PaymentRepository.OfWonDeal> deal : byDeal.values()) {
            PaymentRepository.OfWonDeal first = deal.get(0);
            PaymentPlan plan = new PaymentPlan(deal.stream().map(PaymentRepository.OfWonDeal::payment).toList());
            for (PaymentPlan.Overdue overdue : plan.overdue(today)) {
                found.add(new OverduePayment(overdue.expected().id(), overdue.expected().opportunityId(),
                        first.dealTitle(), first.accountName(), overdue.expected().date(),
                        new Money(overdue.outstanding(), first.currency())));
            }
        }
        found.sort(java.util.Comparator.comparing(OverduePayment::due).thenComparing(OverduePayment::paymentId));
        return found;
    }
}
