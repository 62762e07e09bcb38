package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.QUOTE;
import static org.fieldbook.store.jooq.Tables.QUOTE_LINE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteLine;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.QuoteLineRecord;
import org.fieldbook.store.jooq.tables.records.QuoteRecord;
import org.jooq.DSLContext;

/** Deals' quotes; a quote's lines are rows of their own, written once (see {@link #lines()}). */
public final class QuoteRepository extends Entities<Quote, QuoteRecord> {
    private final Entities<QuoteLine, QuoteLineRecord> lines;

    QuoteRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, QuoteMappings.QUOTES, capture, clock);
        lines = new Entities<>(db, QuoteMappings.QUOTE_LINES, capture, clock);
    }

    public Entities<QuoteLine, QuoteLineRecord> lines() {
        return lines;
    }

    /** A deal's quotes, oldest version first (two devices' same version, by id). */
    public List<Quote> ofOpportunity(UUID opportunityId) {
        return where(QUOTE.OPPORTUNITY_ID.eq(opportunityId), QUOTE.VERSION.asc(), QUOTE.ID.asc());
    }

    public List<QuoteLine> linesOf(UUID quoteId) {
        return db.selectFrom(QUOTE_LINE)
                .where(QUOTE_LINE.QUOTE_ID.eq(quoteId), QUOTE_LINE.DELETED.isFalse())
                .orderBy(QUOTE_LINE.POSITION, QUOTE_LINE.ID)
                .fetch(QuoteMappings.QUOTE_LINES::read);
    }

    /** The highest version of the deal's quotes, also of those in the trash (a number is never given twice). */
    public int highestVersion(UUID opportunityId) {
        Integer highest = db.select(org.jooq.impl.DSL.max(QUOTE.VERSION)).from(QUOTE)
                .where(QUOTE.OPPORTUNITY_ID.eq(opportunityId)).fetchOne(0, Integer.class);
        return highest == null ? 0 : highest;
    }

    /** The numbers beginning {@code Q-prefix-}, with the device that issued each, also in the trash. */
    public record Numbered(String number, UUID device) {
    }

    public List<Numbered> numbersWithPrefix(String prefix) {
        return db.select(QUOTE.QUOTE_NUMBER, QUOTE.ISSUED_BY_DEVICE).from(QUOTE)
                .where(QUOTE.QUOTE_NUMBER.startsWith("Q-" + prefix + "-"))
                .fetch(r -> new Numbered(r.value1(), r.value2()));
    }

    /** How many quotes carry this number (more than one only if two devices met on a prefix). */
    public int countWithNumber(String number) {
        return db.fetchCount(QUOTE, QUOTE.QUOTE_NUMBER.eq(number));
    }
}
