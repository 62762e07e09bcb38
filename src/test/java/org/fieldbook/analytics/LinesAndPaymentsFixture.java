package org.fieldbook.analytics;

import static org.fieldbook.analytics.KpiFixture.D;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.domain.Product;
import org.fieldbook.store.Store;

/**
 * Lines and payments on {@link KpiFixture}'s deals, for the {@code products} and {@code payments} KPIs of Q2 2025
 * (today 2025-06-15, EUR at 1.10 USD). Won in Q2 and live: D1 (Ann, USD), D2 (Bob, EUR), D3 (Ann, USD).
 *
 * <pre>
 * lines   deal  product  qty  unit price  discount  total
 *         D1    LIC      10   100         10 %      900.00 USD
 *         D1    SVC       3    33.33       0 %       99.99 USD
 *         D2    LIC       5   200         20 %      800.00 EUR
 *         D2    SVC       1    10.005      0 %       10.01 EUR (half up)
 *         D3    HW        2   250          5 %      475.00 USD  (HW since removed from the catalogue)
 *         D3    LIC     100     1          0 %      deleted line
 *         D4    LIC       1   999          0 %      lost deal
 *         D8    LIC       1  5000          0 %      deleted deal
 *         D10   SVC       1    50          0 %      won in 2024
 *
 * payments deal  kind      date        amount
 *          D1    expected  2025-03-15   4,000 USD  (before Q2)
 *          D1    expected  2025-05-15   3,000 USD
 *          D1    expected  2025-07-15   3,000 USD  (after Q2)
 *          D1    received  2025-04-10   5,000 USD  → covers 03-15 wholly and 1,000 of 05-15
 *          D2    expected  2025-05-02  10,000 EUR
 *          D2    expected  2025-06-20  10,000 EUR  (not due yet)
 *          D2    received  2025-05-03  12,000 EUR  → covers 05-02 and 2,000 of 06-20
 *          D2    received  2025-05-04   5,000 EUR  deleted
 *          D3    expected  2025-06-10   5,000 USD  nothing received
 *          D3    expected  2025-06-15     100 USD  due today: not overdue yet
 *          D9    expected  2025-05-01   1,000 USD  deal reopened: owes nothing
 * </pre>
 */
public final class LinesAndPaymentsFixture {
    static final UUID LIC = UUID.fromString("00000000-0000-7000-8000-00000000f001");
    static final UUID SVC = UUID.fromString("00000000-0000-7000-8000-00000000f002");
    static final UUID HW = UUID.fromString("00000000-0000-7000-8000-00000000f003");

    private LinesAndPaymentsFixture() {
    }

    public static void load(Store store) {
        List<OpportunityLine> lines = new ArrayList<>();
        lines.add(line(1, LIC, "10", "100", "10"));
        lines.add(line(1, SVC, "3", "33.33", "0"));
        lines.add(line(2, LIC, "5", "200", "20"));
        lines.add(line(2, SVC, "1", "10.005", "0"));
        lines.add(line(3, HW, "2", "250", "5"));
        OpportunityLine deletedLine = line(3, LIC, "100", "1", "0");
        lines.add(deletedLine);
        lines.add(line(4, LIC, "1", "999", "0"));
        lines.add(line(8, LIC, "1", "5000", "0"));
        lines.add(line(10, SVC, "1", "50", "0"));
        List<Payment> payments = new ArrayList<>();
        payments.add(payment(1, PaymentKind.EXPECTED, "2025-03-15", "4000"));
        payments.add(payment(1, PaymentKind.EXPECTED, "2025-05-15", "3000"));
        payments.add(payment(1, PaymentKind.EXPECTED, "2025-07-15", "3000"));
        payments.add(payment(1, PaymentKind.RECEIVED, "2025-04-10", "5000"));
        payments.add(payment(2, PaymentKind.EXPECTED, "2025-05-02", "10000"));
        payments.add(payment(2, PaymentKind.EXPECTED, "2025-06-20", "10000"));
        payments.add(payment(2, PaymentKind.RECEIVED, "2025-05-03", "12000"));
        Payment deletedPayment = payment(2, PaymentKind.RECEIVED, "2025-05-04", "5000");
        payments.add(deletedPayment);
        payments.add(payment(3, PaymentKind.EXPECTED, "2025-06-10", "5000"));
        payments.add(payment(3, PaymentKind.EXPECTED, "2025-06-15", "100"));
        payments.add(payment(9, PaymentKind.EXPECTED, "2025-05-01", "1000"));
        store.writeVoid(tx -> {
            tx.products().insertAll(List.of(new Product(LIC, "LIC", "Licence", "seat", null, true),
                    new Product(SVC, "SVC", "Service visit", "visit", null, true),
                    new Product(HW, "HW", "Hardware kit", "kit", null, true)));
            tx.opportunityLines().insertAll(lines);
            tx.payments().insertAll(payments);
            tx.products().delete(HW);
            tx.opportunityLines().delete(deletedLine.id());
            tx.payments().delete(deletedPayment.id());
        });
    }

    private static OpportunityLine line(int deal, UUID product, String quantity, String price, String discount) {
        return OpportunityLine.create(D[deal], product, new BigDecimal(quantity), new BigDecimal(price),
                new BigDecimal(discount), 0);
    }

    private static Payment payment(int deal, PaymentKind kind, String date, String amount) {
        return new Payment(UUID.randomUUID(), D[deal], kind, new BigDecimal(amount), LocalDate.parse(date), null);
    }
}
