package org.fieldbook.ui.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.domain.PaymentPlan;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.StageKind;
import org.fieldbook.ui.common.Fixture;
import org.fieldbook.ui.opportunities.PaymentsViewModel;
import org.fieldbook.ui.settings.ProductsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view models of issue 11 without the toolkit: overdue payments head the agenda as their own kind of row
 * until money received covers them; the Payments and Products dialogs say under their fields what is wrong.
 */
class OverduePaymentsAgendaTest {
    private static final Clock DEC_2 = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void anUncoveredPastPaymentHeadsTheAgendaUntilTheMoneyComesIn() {
        try (Fixture f = Fixture.withProfile(folder)) {
            Account acme = f.context.accounts().create(Account.create("Acme Tools", null));
            List<PipelineStage> stages = f.context.pipelines().pipelinesWithStages().values().iterator().next();
            Opportunity deal = f.context.opportunities().create(Opportunity.create(acme.id(), stages.get(0),
                    "40 forklifts", Money.of("3000", "EUR"), LocalDate.of(2026, 10, 1), null), null);
            f.context.opportunities().moveToStage(deal.id(), stages.stream()
                    .filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow().id(), null);
            f.context.payments().add(Payment.create(deal.id(), PaymentKind.EXPECTED, new BigDecimal("1000"),
                    LocalDate.of(2026, 11, 15), "deposit"));

            AgendaViewModel agenda = new AgendaViewModel(f.context.activities(), f.context.profile(), f.runner,
                    f.errors, f.messages, f.revision, DEC_2).withPayments(f.context.payments());
            agenda.reload();
            assertEquals(new AgendaViewModel.Header(AgendaViewModel.Group.PAYMENTS, 1, true), agenda.rows().get(0));
            var row = (AgendaViewModel.PaymentItem) agenda.rows().get(1);
            assertEquals("40 forklifts", row.payment().dealTitle());
            assertEquals(0, new BigDecimal("1000").compareTo(row.payment().outstanding().amount()));

            PaymentsViewModel payments = new PaymentsViewModel(f.context.payments(), f.runner, f.errors,
                    f.messages, f.formats, f.revision, DEC_2);
            payments.load(deal.id(), "EUR");
            assertTrue(payments.isOverdue(payments.rows().get(0)));
            payments.kindProperty().set(PaymentKind.RECEIVED);
            payments.amountProperty().set("lots");
            payments.add();
            assertEquals(f.messages.get("validation.amount.invalid"), payments.problemProperty().get());
            payments.amountProperty().set("1,000.00");
            payments.add();
            assertEquals("Expected €1,000.00 · received €1,000.00 · overdue €0.00",
                    payments.summaryProperty().get());

            agenda.reload();
            assertTrue(agenda.rows().stream().noneMatch(r -> r instanceof AgendaViewModel.PaymentItem));
            assertTrue(new PaymentPlan(f.context.payments().ofDeal(deal.id())).overdue(LocalDate.now(DEC_2))
                    .isEmpty());
            assertTrue(f.reported.isEmpty(), f.reported.toString());
        }
    }

    @Test
    void mineShowsTheOverduePaymentsOfMyDealsOnly() {
        try (Fixture f = Fixture.withProfile(folder)) {
            java.util.UUID me = f.context.profile().profile().orElseThrow().me().id();
            java.util.UUID bo = f.context.store().write(tx -> tx.reps().insert(new org.fieldbook.domain.SalesRep(
                    org.fieldbook.domain.TimeOrderedId.next(), "Bo Berg", null, null, null))).id();
            Account acme = f.context.accounts().create(Account.create("Acme Tools", null));
            List<PipelineStage> stages = f.context.pipelines().pipelinesWithStages().values().iterator().next();
            java.util.UUID won = stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow().id();
            for (var owner : List.of(me, bo)) {
                Opportunity deal = f.context.opportunities().create(Opportunity.create(acme.id(), stages.get(0),
                        owner.equals(me) ? "My deal" : "Bo's deal", Money.of("3000", "EUR"),
                        LocalDate.of(2026, 10, 1), owner), null);
                f.context.opportunities().moveToStage(deal.id(), won, null);
                f.context.payments().add(Payment.create(deal.id(), PaymentKind.EXPECTED, new BigDecimal("1000"),
                        LocalDate.of(2026, 11, 15), null));
            }
            AgendaViewModel agenda = new AgendaViewModel(f.context.activities(), f.context.profile(), f.runner,
                    f.errors, f.messages, f.revision, DEC_2).withPayments(f.context.payments());
            agenda.reload();
            assertEquals(List.of("Bo's deal", "My deal"), paymentTitles(agenda), "everyone's, oldest due first");

            agenda.mineProperty().set(true);
            assertEquals(List.of("My deal"), paymentTitles(agenda));
            assertEquals(new AgendaViewModel.Header(AgendaViewModel.Group.PAYMENTS, 1, true), agenda.rows().get(0));
            agenda.mineProperty().set(false);
            assertEquals(2, paymentTitles(agenda).size());
            assertTrue(f.reported.isEmpty(), f.reported.toString());
        }
    }

    private static List<String> paymentTitles(AgendaViewModel agenda) {
        return agenda.rows().stream().filter(r -> r instanceof AgendaViewModel.PaymentItem)
                .map(r -> ((AgendaViewModel.PaymentItem) r).payment().dealTitle()).sorted().toList();
    }

    @Test
    void theProductsDialogRefusesAWrongPriceAndATakenCodeAtItsFields() {
        try (Fixture f = Fixture.withProfile(folder)) {
            f.context.products().save(Product.create("FL-40", "Forklift lease", null, null),
                    List.of(Money.of("1200", "EUR")));
            ProductsViewModel products = new ProductsViewModel(f.context.products(), f.runner, f.errors,
                    f.messages, f.formats, f.revision);
            products.load();
            products.startNew();
            products.codeProperty().set("fl-40");
            products.nameProperty().set("Another lease");
            products.priceCurrencyProperty().set("EURO");
            products.priceAmountProperty().set("900");
            products.addPrice();
            assertEquals(f.messages.get("validation.currency.invalid"), products.problemProperty().get());
            products.priceCurrencyProperty().set("usd");
            products.addPrice();
            assertEquals(List.of(Money.of("900", "USD")), products.prices());
            products.save();
            assertEquals("Another product already has this code.", products.problemProperty().get());
            assertEquals(1, f.context.products().catalogue().size(), "nothing of the refused product is stored");
            products.codeProperty().set("FL-60");
            products.save();
            assertEquals(2, products.catalogue().size());
            assertEquals("FL-60 · Another lease — $900.00", products.describe(products.catalogue().get(1)));
        }
    }
}
