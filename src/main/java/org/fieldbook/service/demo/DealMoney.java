package org.fieldbook.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;

/**
 * The money side of a deal: quoted deals (those that got as far as a proposal) carry line items from the
 * catalogue, so their amount is what the lines add up to; won deals carry a payment plan, mostly paid, with
 * some payments late and a few, mostly recent ones, overdue.
 */
final class DealMoney {
    private static final BigDecimal[] DISCOUNTS = {new BigDecimal("5"), new BigDecimal("7.5"),
            new BigDecimal("10"), new BigDecimal("15")};
    private static final BigDecimal DEPOSIT_SHARE = new BigDecimal("0.3");

    private final DemoWorld world;
    private final DemoCatalogue catalogue;

    DealMoney(DemoWorld world, DemoCatalogue catalogue) {
        this.world = world;
        this.catalogue = catalogue;
    }

    /**
     * The lines of a quoted deal worth about {@code dollars}: the product its title names, in as many units as
     * that takes, sometimes discounted, and now and then a second product.
     */
    List<OpportunityLine> lines(UUID opportunityId, String productName, List<String> names, double dollars,
                                String currency, Instant quotedAt) {
        DemoRandom random = world.random();
        DemoCatalogue.Item main = catalogue.item(productName);
        long units = Math.max(1, Math.min(500, Math.round(dollars / main.unitDollars())));
        BigDecimal discount = random.chance(0.4) ? random.pick(DISCOUNTS) : BigDecimal.ZERO;
        List<OpportunityLine> lines = new ArrayList<>(2);
        lines.add(new OpportunityLine(world.ids().at(quotedAt), opportunityId, main.product().id(),
                BigDecimal.valueOf(units), main.unitPrice(currency), discount, 0));
        if (random.chance(0.3) && names.size() > 1) {
            DemoCatalogue.Item extra = catalogue.other(random, names, productName);
            lines.add(new OpportunityLine(world.ids().at(quotedAt), opportunityId, extra.product().id(),
                    BigDecimal.valueOf(random.between(1, 3)), extra.unitPrice(currency), BigDecimal.ZERO, 1));
        }
        return lines;
    }

    /**
     * A won deal's plan: one invoice a month after closing, or a 30 % deposit after a week and the rest after
     * two months. Payments due before today were mostly received, a few days early to a few weeks late.
     */
    List<Payment> plan(Opportunity won) {
        DemoRandom random = world.random();
        DemoCalendar calendar = world.calendar();
        LocalDate closed = calendar.dayOf(won.closedAt());
        BigDecimal total = won.amount().amount();
        List<Payment> payments = new ArrayList<>(4);
        if (random.chance(0.4)) {
            BigDecimal deposit = total.multiply(DEPOSIT_SHARE)
                    .setScale(Currencies.minorDigits(won.amount().currency()), RoundingMode.HALF_UP);
            expect(won, deposit, closed.plusDays(7), payments);
            expect(won, total.subtract(deposit), closed.plusDays(60), payments);
        } else {
            expect(won, total, closed.plusDays(30), payments);
        }
        return payments;
    }

    private void expect(Opportunity won, BigDecimal amount, LocalDate due, List<Payment> payments) {
        DemoRandom random = world.random();
        DemoCalendar calendar = world.calendar();
        payments.add(new Payment(world.ids().at(won.closedAt()), won.id(), PaymentKind.EXPECTED, amount, due,
                null));
        LocalDate paid = due.plusDays(random.between(-5, 20));
        // customers pay late, and the longer ago a payment was due the likelier it has come in by now
        double paidByNow = due.isBefore(calendar.today().minusDays(90)) ? 0.98 : 0.85;
        if (paid.isBefore(calendar.today()) && random.chance(paidByNow)) {
            payments.add(new Payment(world.ids().at(calendar.officeHours(random, paid)), won.id(),
                    PaymentKind.RECEIVED, amount, paid, null));
        }
    }
}
