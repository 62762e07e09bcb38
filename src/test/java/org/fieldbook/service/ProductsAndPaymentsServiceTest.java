package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.OverduePayment;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.PricedProduct;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.StageKind;
import org.fieldbook.store.Database;
import org.fieldbook.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue, a deal's lines and its payments as the services keep them: exact, whole or not at all. */
class ProductsAndPaymentsServiceTest {
    @TempDir
    static Path folder;
    private static Database database;
    private ProductService products;
    private OpportunityService deals;
    private PaymentService payments;
    private List<PipelineStage> stages;
    private Account account;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty() {
        TestDatabases.reset(database);
        products = new ProductService(database.store());
        deals = new OpportunityService(database.store());
        payments = new PaymentService(database.store());
        stages = database.store().read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id()));
        account = new AccountService(database.store()).create(Account.create("Initech", null));
    }

    @Test
    void aProductKeepsOnePricePerCurrencyAndItsCodeIsUnique() {
        Product licence = Product.create("LIC-1", "Licence", "seat", "Software");
        products.save(licence, List.of(Money.of("120.00", "EUR"), Money.of("130", "USD")));
        PricedProduct edited = products.save(licence, List.of(Money.of("125.50", "EUR"), Money.of("990", "CNY")));
        assertEquals(List.of("CNY 990.0000", "EUR 125.5000"), edited.prices().stream()
                .map(p -> p.listPrice().currency() + " " + p.listPrice().amount()).toList());
        assertEquals(new BigDecimal("125.5000"), edited.listPrice("EUR").orElseThrow());
        assertTrue(edited.listPrice("USD").isEmpty(), "a price left out is removed");

        var taken = assertThrows(RuleViolation.class, () -> products.save(Product.create("lic-1", "Other", null,
                null), List.of(Money.of("1", "EUR"))));
        assertEquals("validation.product.codeTaken", taken.violations().get(0).messageKey());
        assertThrows(RuleViolation.class, () -> products.save(Product.create("X", "Twice", null, null),
                List.of(Money.of("1", "EUR"), Money.of("2", "EUR"))));
        assertEquals(1, products.catalogue().size(), "nothing of a refused product is stored");
    }

    @Test
    void aDealWithLinesIsWorthTheirSumAndOneWithoutKeepsItsTypedAmount() {
        Product licence = Product.create("LIC", "Licence", "seat", null);
        products.save(licence, List.of(Money.of("120", "EUR")));
        Opportunity deal = deals.create(Opportunity.create(account.id(), stages.get(0), "Seats",
                Money.of("999", "EUR"), LocalDate.of(2027, 3, 1), null), List.of(
                OpportunityLine.create(null, licence.id(), new BigDecimal("3"), new BigDecimal("120"),
                        new BigDecimal("10"), 0),
                OpportunityLine.create(null, licence.id(), new BigDecimal("1.5"), new BigDecimal("33.33"),
                        BigDecimal.ZERO, 1)), null);
        assertEquals(0, new BigDecimal("374.00").compareTo(deal.amount().amount()), "324 + 50.00 (49.995 rounded half up)");
        List<OpportunityLine> stored = deals.lines(deal.id());
        assertEquals(2, stored.size());

        var started = deals.edit(deal.id());
        Opportunity renamed = deals.update(started, started.original().withTitle("Seats, renamed")
                .withAmount(Money.of("1", "EUR")), null);
        assertEquals(0, new BigDecimal("374.00").compareTo(renamed.amount().amount()),
                "while it has lines a deal's amount is theirs, whatever is typed");

        var again = deals.edit(deal.id());
        Opportunity oneLine = deals.update(again, again.original(), List.of(stored.get(1)), null);
        assertEquals(0, new BigDecimal("50.00").compareTo(oneLine.amount().amount()));
        var last = deals.edit(deal.id());
        Opportunity manual = deals.update(last, last.original().withAmount(Money.of("700", "EUR")), List.of(), null);
        assertEquals(0, new BigDecimal("700").compareTo(manual.amount().amount()), "no lines: a typed amount");
        assertTrue(deals.lines(deal.id()).isEmpty());
    }

    @Test
    void aWrongLineStoresNothingOfTheSave() {
        Product licence = Product.create("LIC", "Licence", null, null);
        products.save(licence, List.of(Money.of("120", "EUR")));
        int changesBefore = database.store().read(tx -> tx.changeLog().all().size());
        var wrong = assertThrows(RuleViolation.class, () -> deals.create(Opportunity.create(account.id(),
                stages.get(0), "Seats", Money.of("10", "EUR"), LocalDate.of(2027, 3, 1), null), List.of(
                OpportunityLine.create(null, licence.id(), BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("120"),
                        0)), null));
        assertEquals("validation.line.discountRange", wrong.violations().get(0).messageKey());
        assertEquals(changesBefore, (int) database.store().read(tx -> tx.changeLog().all().size()));
        assertTrue(deals.list().isEmpty());
    }

    @Test
    void onlyAWonDealTakesPaymentsAndItsUncoveredPastOnesAreOverdue() {
        Opportunity deal = deals.create(Opportunity.create(account.id(), stages.get(0), "Fleet",
                Money.of("3000", "EUR"), LocalDate.of(2027, 3, 1), null), null);
        Payment early = Payment.create(deal.id(), PaymentKind.EXPECTED, new BigDecimal("1000"),
                LocalDate.of(2026, 11, 1), "deposit");
        var notWon = assertThrows(RuleViolation.class, () -> payments.add(early));
        assertEquals("validation.payment.dealNotWon", notWon.violations().get(0).messageKey());

        PipelineStage won = stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        deals.moveToStage(deal.id(), won.id(), null);
        payments.add(early);
        payments.add(Payment.create(deal.id(), PaymentKind.EXPECTED, new BigDecimal("2000"),
                LocalDate.of(2026, 11, 20), null));
        payments.add(Payment.create(deal.id(), PaymentKind.RECEIVED, new BigDecimal("1250.50"),
                LocalDate.of(2026, 11, 5), "bank transfer"));
        assertThrows(RuleViolation.class, () -> payments.add(Payment.create(deal.id(), PaymentKind.RECEIVED,
                BigDecimal.ZERO, LocalDate.of(2026, 11, 6), null)));

        List<OverduePayment> overdue = payments.overdue(LocalDate.of(2026, 12, 2));
        assertEquals(1, overdue.size());
        assertEquals(LocalDate.of(2026, 11, 20), overdue.get(0).due());
        assertEquals(0, new BigDecimal("1749.50").compareTo(overdue.get(0).outstanding().amount()));
        assertEquals("Initech", overdue.get(0).accountName());
        assertTrue(payments.overdue(LocalDate.of(2026, 11, 20)).isEmpty(), "due today is not overdue yet");

        deals.moveToStage(deal.id(), stages.get(0).id(), null);
        assertTrue(payments.overdue(LocalDate.of(2026, 12, 2)).isEmpty(), "a reopened deal owes nothing yet");
    }
}
