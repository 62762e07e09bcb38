package org.fieldbook.analytics;

import java.time.LocalDate;
import java.util.UUID;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunityStatus;

/** One deal of a drill-down list, as the list shows it. */
public record DealRow(UUID id, String title, String account, String pipeline, String stage, Money amount,
                      String owner, OpportunityStatus status, LocalDate expectedClose, LocalDate closedOn) {
}
