package org.fieldbook.ui.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.ApprovalService;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.ProductService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Approvals screen's model: the badge follows the inbox, and each decision on my requests is told once. */
class ApprovalsViewModelTest {
    @TempDir
    Path folder;

    @Test
    void aDecisionOnMyRequestIsToldOnceAndTheManagersBadgeCountsWhatWaits() {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            SalesRep ann = new ProfileService(store).setUp("Ann Rep", "EUR").me();
            SalesRep mia = new SalesRep(TimeOrderedId.next(), "Mia Manager", null, null, null, RepRole.MANAGER);
            store.writeVoid(tx -> tx.reps().insertAll(List.of(mia)));
            ApprovalService approvals = new ApprovalService(store);
            actAs(store, mia);
            approvals.saveRule(ApprovalRule.discountAbove(new BigDecimal("15"), true, null));
            actAs(store, ann);
            Product licence = Product.create("LIC", "Licence", null, null);
            new ProductService(store).save(licence, List.of(Money.of("100", "EUR")));
            Account account = new AccountService(store).create(Account.create("Initech", null));
            var stage = store.read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id())).get(0);
            Opportunity deal = new OpportunityService(store).create(Opportunity.create(account.id(), stage, "Seats",
                    Money.of("0", "EUR"), LocalDate.of(2027, 1, 1), ann.id()), List.of(OpportunityLine.create(null,
                    licence.id(), BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("20"), 0)), ann.id());
            ApprovalRequest request = approvals.request(deal.id(), ApprovalAction.quote(), null);

            DataRevision revision = new DataRevision();
            Messages messages = Messages.load(Locale.US);
            ApprovalsViewModel model = new ApprovalsViewModel(approvals, BackgroundRunner.inline(), failure -> {
                throw new AssertionError(failure);
            }, messages, new Formats(Locale.US), revision, text -> { });
            List<ApprovalsViewModel.Row> told = new ArrayList<>();
            model.watch(told::add);
            assertFalse(model.managerProperty().get());
            assertEquals(0, model.waitingProperty().get());
            assertEquals(1, model.mine().size());
            assertTrue(told.isEmpty(), "nothing was decided");

            actAs(store, mia);
            revision.changed();
            assertTrue(model.managerProperty().get());
            assertEquals(1, model.waitingProperty().get(), "the badge counts Ann's request");
            approvals.approve(request.id(), "go");
            actAs(store, ann);
            revision.changed(); // as a sync that brought the decision does
            assertEquals(1, told.size());
            assertEquals("Approved", told.get(0).status());
            assertTrue(told.get(0).decision().startsWith("Approved by Mia Manager"), told.get(0).decision());
            revision.changed();
            assertEquals(1, told.size(), "told once");
        }
    }

    private static void actAs(Store store, SalesRep rep) {
        store.writeVoid(tx -> tx.settings().put("profile.rep_id", rep.id().toString()));
    }
}
