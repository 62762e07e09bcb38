package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.ACCOUNT;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.PAYMENT;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.Payment;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.PaymentRecord;
import org.jooq.DSLContext;

public final class PaymentRepository extends Entities<Payment, PaymentRecord> {
    /** A live won deal's payment with what the agenda shows of its deal. */
    public record OfWonDeal(Payment payment, String dealTitle, String accountName, String currency) {
    }

    PaymentRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, ProductMappings.PAYMENTS, capture, clock);
    }

    public List<Payment> ofOpportunity(UUID opportunityId) {
        return where(PAYMENT.OPPORTUNITY_ID.eq(opportunityId), PAYMENT.ON_DATE.asc(), PAYMENT.ID.asc());
    }

    /** Every live payment of the live deals that are won now. */
    public List<OfWonDeal> ofWonDeals() {
        return ofWonDeals(null);
    }

    /** As {@link #ofWonDeals()}, of the deals {@code owner} owns only (all deals when null). */
    public List<OfWonDeal> ofWonDeals(UUID owner) {
        return db.select(PAYMENT.asterisk(), OPPORTUNITY.TITLE, ACCOUNT.NAME, OPPORTUNITY.CURRENCY)
                .from(PAYMENT)
                .join(OPPORTUNITY).on(OPPORTUNITY.ID.eq(PAYMENT.OPPORTUNITY_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(OPPORTUNITY.ACCOUNT_ID))
                .where(PAYMENT.DELETED.isFalse(), OPPORTUNITY.DELETED.isFalse(),
                        OPPORTUNITY.STATUS.eq(OpportunityStatus.WON.name()),
                        owner == null ? org.jooq.impl.DSL.noCondition() : OPPORTUNITY.OWNER_ID.eq(owner))
                .orderBy(PAYMENT.ON_DATE.asc(), PAYMENT.ID.asc())
                .fetch(r -> new OfWonDeal(mapping.read(r.into(PAYMENT)), r.get(OPPORTUNITY.TITLE),
                        r.get(ACCOUNT.NAME), r.get(OPPORTUNITY.CURRENCY)));
    }
}
