package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.StageKind;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.PaymentService;
import org.fieldbook.service.ProductService;
import org.fieldbook.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops, each offline: one keeps the catalogue and makes a deal with lines; after an exchange the other
 * adds a line, wins the deal and plans its payments while the first records a payment received and a new list
 * price. After the next exchange both hold the same products, prices, lines, payments and deal.
 */
class LinesAndPaymentsConvergenceTest {
    @TempDir
    Path root;

    @Test
    void linesPaymentsAndPricesConvergeBetweenTwoReplicas() throws Exception {
        try (ReplicaSet team = new ReplicaSet(root, List.of(Clock.systemUTC(), Clock.systemUTC()))) {
            team.reset(true);
            Store office = team.store(0);
            Store road = team.store(1);
            Product licence = Product.create("LIC", "Licence", "seat", "Software");
            new ProductService(office).save(licence, List.of(Money.of("120", "EUR"), Money.of("130", "USD")));
            Account account = office.write(tx -> tx.accounts().insert(Account.create("Initech", null)));
            PipelineStage first = stages(office).get(0);
            Opportunity deal = new OpportunityService(office).create(Opportunity.create(account.id(), first,
                    "Seats", Money.of("0", "EUR"), LocalDate.of(2027, 1, 1), null), List.of(
                    OpportunityLine.create(null, licence.id(), BigDecimal.TEN, new BigDecimal("120"),
                            new BigDecimal("5"), 0)), null);
            team.syncAll();
            assertNull(team.firstDifference());

            OpportunityService roadDeals = new OpportunityService(road);
            var started = roadDeals.edit(deal.id());
            List<OpportunityLine> lines = new java.util.ArrayList<>(roadDeals.lines(deal.id()));
            lines.add(OpportunityLine.create(null, licence.id(), new BigDecimal("2"), new BigDecimal("99.99"),
                    BigDecimal.ZERO, 1));
            roadDeals.update(started, started.original(), lines, null);
            PipelineStage won = stages(road).stream().filter(s -> s.kind() == StageKind.WON).findFirst()
                    .orElseThrow();
            roadDeals.moveToStage(deal.id(), won.id(), null);
            new PaymentService(road).add(Payment.create(deal.id(), PaymentKind.EXPECTED, new BigDecimal("700"),
                    LocalDate.of(2026, 1, 31), "first half"));

            new ProductService(office).save(licence, List.of(Money.of("125", "EUR"), Money.of("130", "USD"),
                    Money.of("900", "CNY")));
            team.syncAll(); // the office learns of the win before it books the money
            new PaymentService(office).add(Payment.create(deal.id(), PaymentKind.RECEIVED, new BigDecimal("300"),
                    LocalDate.of(2026, 2, 2), "transfer"));
            team.syncAll();
            team.syncAll();

            assertNull(team.firstDifference());
            for (int device = 0; device < 2; device++) {
                Store store = team.store(device);
                Opportunity seen = store.read(tx -> tx.opportunities().get(deal.id()));
                assertEquals(0, new BigDecimal("1339.98").compareTo(seen.amount().amount()), "1140 + 199.98");
                assertEquals(2, store.read(tx -> tx.opportunityLines().ofOpportunity(deal.id())).size());
                assertEquals(2, store.read(tx -> tx.payments().ofOpportunity(deal.id())).size());
                assertEquals(3, store.read(tx -> tx.products().pricesOf(licence.id())).size());
                assertTrue(team.lostChanges(device).isEmpty());
                assertEquals(1, new PaymentService(store).overdue(LocalDate.of(2026, 3, 1)).size());
            }
        }
    }

    @Test
    void theAmountFollowsTheLinesAfterTwoLaptopsEditThemAtTheSameTime() throws Exception {
        try (ReplicaSet team = new ReplicaSet(root, List.of(Clock.systemUTC(), Clock.systemUTC()))) {
            team.reset(true);
            Store office = team.store(0);
            Store road = team.store(1);
            Product licence = Product.create("LIC", "Licence", "seat", "Software");
            new ProductService(office).save(licence, List.of(Money.of("100", "EUR")));
            Account account = office.write(tx -> tx.accounts().insert(Account.create("Initech", null)));
            Opportunity deal = new OpportunityService(office).create(Opportunity.create(account.id(),
                    stages(office).get(0), "Seats", Money.of("0", "EUR"), LocalDate.of(2027, 1, 1), null), List.of(
                    OpportunityLine.create(null, licence.id(), BigDecimal.TEN, new BigDecimal("100"),
                            BigDecimal.ZERO, 0),
                    OpportunityLine.create(null, licence.id(), BigDecimal.ONE, new BigDecimal("50"),
                            BigDecimal.ZERO, 1)), null);
            team.syncAll();

            // offline, both at once: the office adds a line of 3 × 100 less 10 %; the road doubles the first
            // line's quantity and drops the second
            OpportunityService officeDeals = new OpportunityService(office);
            var atOffice = officeDeals.edit(deal.id());
            List<OpportunityLine> officeLines = new java.util.ArrayList<>(officeDeals.lines(deal.id()));
            officeLines.add(OpportunityLine.create(null, licence.id(), new BigDecimal("3"), new BigDecimal("100"),
                    BigDecimal.TEN, 2));
            officeDeals.update(atOffice, atOffice.original(), officeLines, null);
            OpportunityService roadDeals = new OpportunityService(road);
            var onRoad = roadDeals.edit(deal.id());
            List<OpportunityLine> roadLines = roadDeals.lines(deal.id());
            OpportunityLine first = roadLines.get(0);
            roadDeals.update(onRoad, onRoad.original(), List.of(new OpportunityLine(first.id(), deal.id(),
                    first.productId(), new BigDecimal("20"), first.unitPrice(), first.discountPercent(), 0)), null);
            assertEquals(0, new BigDecimal("1320").compareTo(amountOn(office, deal)), "1,000 + 50 + 270");
            assertEquals(0, new BigDecimal("2000").compareTo(amountOn(road, deal)), "20 × 100");

            team.syncAll();

            assertNull(team.firstDifference());
            for (int device = 0; device < 2; device++) {
                Store store = team.store(device);
                List<OpportunityLine> merged = store.read(tx -> tx.opportunityLines().ofOpportunity(deal.id()));
                assertEquals(2, merged.size(), "the first line doubled, the second gone, the office's added");
                assertEquals(0, new BigDecimal("2270").compareTo(amountOn(store, deal)), "20 × 100 + 3 × 90");
                assertEquals(0, team.engine(device).conflictCount(), "two sums at once are no choice to make");
                assertTrue(team.lostChanges(device).isEmpty());
            }

            var again = officeDeals.edit(deal.id()); // an edit after the exchange writes the amount it sees
            officeDeals.update(again, again.original().withTitle("Seats and service"),
                    officeDeals.lines(deal.id()), null);
            team.syncAll();
            assertNull(team.firstDifference());
            assertEquals(0, new BigDecimal("2270").compareTo(amountOn(road, deal)));
        }
    }

    private static BigDecimal amountOn(Store store, Opportunity deal) {
        return store.read(tx -> tx.opportunities().get(deal.id())).amount().amount();
    }

    private static List<PipelineStage> stages(Store store) {
        return store.read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id()));
    }
}
