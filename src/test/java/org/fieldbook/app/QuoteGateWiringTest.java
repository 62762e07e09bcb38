package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.service.QuoteRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes the window and the command line make ask the team's approval rules first. */
class QuoteGateWiringTest {
    @TempDir
    Path dataFolder;

    @Test
    void aDiscountAboveTheRuleHoldsTheQuoteBackUntilApproved() {
        try (AppContext context = AppContext.open(dataFolder)) {
            SalesRep me = context.profile().setUp("Ann Rep", "EUR").me();
            Product licence = Product.create("LIC", "Licence", "seat", null);
            context.products().save(licence, List.of(Money.of("100", "EUR")));
            Account account = context.accounts().create(Account.create("Initech", null));
            PipelineStage first = context.pipelines().pipelinesWithStages().values().iterator().next().get(0);
            Opportunity deal = context.opportunities().create(Opportunity.create(account.id(), first, "Seats",
                    Money.of("0", "EUR"), LocalDate.of(2027, 3, 1), me.id()), List.of(OpportunityLine.create(null,
                    licence.id(), BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("20"), 0)), me.id());
            assertEquals(1, context.quotes().create(deal.id()).version(), "no rule yet: the quote is made");

            context.approvals().saveRule(ApprovalRule.discountAbove(new BigDecimal("15"), true, null));
            QuoteRefused refused = assertThrows(QuoteRefused.class, () -> context.quotes().create(deal.id()));
            assertEquals(1, context.quotes().ofOpportunity(deal.id()).size(), "nothing written: " + refused);
        }
    }
}
