package org.fieldbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as overdue: expected payments past their date that the money received (oldest first) leaves open. */
class PaymentPlanTest {
    private static final UUID DEAL = TimeOrderedId.next();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest(name = "expected {0}, received {1} -> overdue {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # expected (amount@date;...)        | received (amount@date;...) | overdue (date=outstanding;...)
            1000@2026-11-01                     |                            | 2026-11-01=1000
            1000@2026-12-02                     |                            |
            1000@2026-12-01                     | 1000@2026-12-02            |
            1000@2026-11-01;1000@2026-11-20     | 1500@2026-11-25            | 2026-11-20=500
            1000@2026-11-01;1000@2027-01-10     | 400@2026-10-01             | 2026-11-01=600
            500@2026-11-01;500@2026-11-15       | 200@2026-12-01;300@2026-12-01 | 2026-11-15=500
            1000@2026-11-01                     | 1200@2026-10-01            |
            """)
    void receivedMoneyPaysThePlanOldestFirst(String expected, String received, String overdue) {
        List<Payment> payments = new ArrayList<>(parse(PaymentKind.EXPECTED, expected));
        payments.addAll(parse(PaymentKind.RECEIVED, received));
        List<String> found = new PaymentPlan(payments).overdue(TODAY).stream()
                .map(o -> o.expected().date() + "=" + o.outstanding().stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(overdue == null ? List.of() : List.of(overdue.split(";")), found);
    }

    private static List<Payment> parse(PaymentKind kind, String text) {
        List<Payment> payments = new ArrayList<>();
        if (text == null) {
            return payments;
        }
        for (String item : text.split(";")) {
            String[] parts = item.split("@");
            payments.add(Payment.create(DEAL, kind, new BigDecimal(parts[0]), LocalDate.parse(parts[1]), null));
        }
        return payments;
    }
}
