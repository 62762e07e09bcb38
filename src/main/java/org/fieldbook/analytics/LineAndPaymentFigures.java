package org.fieldbook.analytics;

import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;
import static org.fieldbook.store.jooq.Tables.OPPORTUNITY_LINE;
import static org.fieldbook.store.jooq.Tables.PAYMENT;
import static org.fieldbook.store.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.store.jooq.tables.Opportunity;
import org.fieldbook.store.jooq.tables.OpportunityLine;
import org.fieldbook.store.jooq.tables.Payment;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** What was sold (the lines of deals won in the period, per product) and what is owed on won deals (payments). */
final class LineAndPaymentFigures {
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private final Sql sql;

    LineAndPaymentFigures(Sql sql) {
        this.sql = sql;
    }

    /**
     * Per product, the lines of the deals won in the period: Σ line totals (each rounded to its deal currency's
     * minor unit, as the deal's amount is, then converted), Σ quantity, and the discount averaged over the
     * lines' value before discount (quantity × unit price), in per cent. A removed product's lines still count.
     */
    List<Kpis.ProductFigures> products() {
        Opportunity o = OPPORTUNITY;
        OpportunityLine l = OPPORTUNITY_LINE;
        Field<BigDecimal> gross = l.QUANTITY.mul(l.UNIT_PRICE);
        Field<BigDecimal> total = sql.converted(o.CURRENCY, currency -> DSL.round(
                gross.mul(DSL.inline(BigDecimal.valueOf(100)).sub(l.DISCOUNT_PERCENT)).mul(DSL.inline(HUNDREDTH)),
                Currencies.minorDigits(currency)));
        Field<BigDecimal> value = sql.converted(o.CURRENCY, currency -> gross);
        Field<BigDecimal> discounted = sql.converted(o.CURRENCY, currency -> gross.mul(l.DISCOUNT_PERCENT));
        Field<BigDecimal> wonSum = DSL.sum(total);
        Field<Integer> missing = Sql.unconvertible(total);
        Field<BigDecimal> units = DSL.sum(l.QUANTITY);
        Field<BigDecimal> valueSum = DSL.sum(value);
        Field<BigDecimal> discountSum = DSL.sum(discounted);
        Field<Integer> deals = DSL.countDistinct(o.ID);
        return sql.db.select(PRODUCT.ID, PRODUCT.CODE, PRODUCT.NAME, wonSum, missing, units, valueSum, discountSum,
                        deals)
                .from(l)
                .join(o).on(o.ID.eq(l.OPPORTUNITY_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(l.PRODUCT_ID))
                .where(l.DELETED.isFalse(), sql.deals(o), sql.wonIn(o))
                .groupBy(PRODUCT.ID, PRODUCT.CODE, PRODUCT.NAME)
                .orderBy(wonSum.desc().nullsLast(), PRODUCT.CODE)
                .fetch(row -> new Kpis.ProductFigures(row.get(PRODUCT.ID), row.get(PRODUCT.CODE),
                        row.get(PRODUCT.NAME), Sql.money(row.get(wonSum), row.get(missing)),
                        plain(row.get(units)), averageDiscount(row, discountSum, valueSum, missing),
                        row.get(deals)));
    }

    /** 15.0000 as 15 and 100.0000 as 100 (not 1E+2, which a report's JSON would print as such). */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal averageDiscount(Record row, Field<BigDecimal> discountSum, Field<BigDecimal> valueSum,
                                              Field<Integer> missing) {
        BigDecimal listValue = row.get(valueSum);
        if (row.get(missing) > 0 || listValue == null || listValue.signum() == 0) {
            return null;
        }
        return row.get(discountSum).divide(listValue, 2, RoundingMode.HALF_UP);
    }

    /**
     * The payment plans of the deals won now, for the entries due in the period: expected, what received money
     * covers of them (received money pays a deal's plan oldest first, whatever the day it came, as the agenda
     * counts it), and the part not covered of the entries due before today (overdue).
     */
    Kpis.PaymentFigures payments() {
        Opportunity o = OPPORTUNITY;
        Payment e = PAYMENT.as("expected");
        Payment r = PAYMENT.as("received");
        Field<BigDecimal> before = DSL.coalesce(DSL.sum(e.AMOUNT).over().partitionBy(e.OPPORTUNITY_ID)
                .orderBy(e.ON_DATE, e.ID).rowsBetweenUnboundedPreceding().andPreceding(1), BigDecimal.ZERO);
        var receivedTotals = sql.db.select(r.OPPORTUNITY_ID, DSL.sum(r.AMOUNT).as("total")).from(r)
                .where(r.KIND.eq(PaymentKind.RECEIVED.name()), r.DELETED.isFalse())
                .groupBy(r.OPPORTUNITY_ID).asTable("paid");
        Field<BigDecimal> paid = DSL.coalesce(receivedTotals.field("total", SQLDataType.DECIMAL(38, 4)),
                BigDecimal.ZERO);
        var plan = sql.db.select(e.AMOUNT.as("amount"), e.ON_DATE.as("due"), o.CURRENCY.as("currency"),
                        DSL.least(e.AMOUNT, DSL.greatest(DSL.inline(BigDecimal.ZERO), paid.sub(before)))
                                .as("covered"))
                .from(e)
                .join(o).on(o.ID.eq(e.OPPORTUNITY_ID))
                .leftJoin(receivedTotals).on(receivedTotals.field(r.OPPORTUNITY_ID).eq(e.OPPORTUNITY_ID))
                .where(e.KIND.eq(PaymentKind.EXPECTED.name()), e.DELETED.isFalse(), sql.deals(o),
                        o.STATUS.eq(Sql.WON))
                .asTable("plan");
        Field<BigDecimal> amount = plan.field("amount", SQLDataType.DECIMAL(19, 4));
        Field<BigDecimal> covered = plan.field("covered", SQLDataType.DECIMAL(19, 4));
        Field<LocalDate> due = plan.field("due", SQLDataType.LOCALDATE);
        Field<String> currency = plan.field("currency", SQLDataType.CHAR(3));
        Field<BigDecimal> expected = sql.converted(currency, c -> amount);
        Field<BigDecimal> received = sql.converted(currency, c -> covered);
        Field<BigDecimal> owed = sql.converted(currency, c -> amount.sub(covered));
        var overdue = due.lt(DSL.inline(sql.today)).and(amount.gt(covered));
        Field<Integer> entries = DSL.count();
        Field<BigDecimal> expectedSum = DSL.sum(expected);
        Field<BigDecimal> receivedSum = DSL.sum(received);
        Field<BigDecimal> overdueSum = DSL.sum(owed).filterWhere(overdue);
        Field<Integer> overdueEntries = DSL.count().filterWhere(overdue);
        Field<Integer> missing = Sql.unconvertible(expected);
        Record row = sql.db.select(entries, expectedSum, receivedSum, overdueSum, overdueEntries, missing).from(plan)
                .where(due.between(DSL.inline(sql.filter.from()), DSL.inline(sql.filter.to())))
                .fetchOne();
        return new Kpis.PaymentFigures(row.get(entries), Sql.money(row.get(expectedSum), row.get(missing)),
                Sql.money(row.get(receivedSum), row.get(missing)), row.get(overdueEntries),
                Sql.money(row.get(overdueSum), row.get(missing)));
    }
}
