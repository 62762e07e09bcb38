package org.fieldbook.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An overdue expected payment as the agenda lists it: the deal, its account, when it was due and what is owed. */
public record OverduePayment(UUID paymentId, UUID opportunityId, String dealTitle, String accountName,
                             LocalDate due, Money outstanding) {
}
