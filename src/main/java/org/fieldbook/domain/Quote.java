package org.fieldbook.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a deal's quote, frozen when it was issued: the customer, the company details and the totals
 * are copies (its lines are {@link QuoteLine}s), so it reads the same however the deal changes later. Only the
 * status and the time it was sent change afterwards. {@code number} is unique across the team's devices
 * ({@link QuoteNumber}); {@code version} counts the deal's quotes.
 */
public record Quote(UUID id, UUID opportunityId, String number, int version, LocalDate issuedOn,
                    LocalDate validUntil, String currency, BigDecimal subtotal, BigDecimal discount,
                    BigDecimal total, QuoteStatus status, Instant sentAt, String opportunityTitle,
                    UUID contactId, String accountName, String accountAddress, String contactName,
                    String preparedBy, String companyName, String companyAddress, UUID logoId, String terms,
                    UUID issuedByDevice) {

    public Quote sent(Instant at) {
        return new Quote(id, opportunityId, number, version, issuedOn, validUntil, currency, subtotal, discount,
                total, QuoteStatus.SENT, at, opportunityTitle, contactId, accountName, accountAddress, contactName,
                preparedBy, companyName, companyAddress, logoId, terms, issuedByDevice);
    }

    public Money totalMoney() {
        return new Money(total, currency);
    }

    /** A file name for the PDF, e.g. {@code Q-7KQ4-0003-v2.pdf}. */
    public String fileName() {
        return number + "-v" + version + ".pdf";
    }
}
