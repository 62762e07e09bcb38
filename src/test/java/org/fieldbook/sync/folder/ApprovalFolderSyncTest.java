package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.ApprovalAction;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.Product;
import org.fieldbook.domain.RepRole;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.service.ApprovalService;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.ProductService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.service.QuoteRefused;
import org.fieldbook.service.QuoteService;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rep asks on their laptop for a 20 % discount; the manager's laptop learns of it through the team folder,
 * approves it, and the rep's quote is unblocked after the next exchange. Both offline in between.
 */
class ApprovalFolderSyncTest {
    @TempDir
    Path temp;

    @Test
    void aDiscountRequestedOnOneLaptopIsApprovedOnAnotherAndUnblocksTheQuoteAfterTheNextSync() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        try (Database road = Database.open(temp.resolve("road"));
             Database office = Database.open(temp.resolve("office"))) {
            FolderTransport folder = new FolderTransport(team, null);
            Fixture fixture = Fixture.on(road.store());
            UUID mia = new ProfileService(office.store()).setUp("Mia Manager", "EUR").me().id();
            ApprovalService managerSide = new ApprovalService(office.store());
            managerSide.setRole(mia, RepRole.MANAGER);
            managerSide.saveRule(ApprovalRule.discountAbove(new BigDecimal("15"), true, null));
            exchange(folder, office, "office");
            exchange(folder, road, "road");

            ApprovalService repSide = new ApprovalService(road.store());
            QuoteService quotes = new QuoteService(road.store(), repSide::quoteRefusal, ZoneId.of("Europe/Berlin"));
            assertTrue(repSide.quoteRefusal(fixture.deal).isPresent(), "the rule came from the office");
            assertThrows(QuoteRefused.class, () -> quotes.create(fixture.deal.id()), "held back by the rule");
            ApprovalRequest request = repSide.request(fixture.deal.id(), ApprovalAction.quote(), "against Globex");
            assertEquals(ApprovalStatus.PENDING, request.status());
            exchange(folder, road, "road");
            exchange(folder, office, "office");

            var inbox = managerSide.inbox();
            assertTrue(inbox.manager());
            assertEquals(List.of(request.id()), inbox.toDecide().stream().map(l -> l.request().id()).toList());
            assertEquals("Ann Rep", inbox.toDecide().get(0).requestedByName());
            assertEquals(0, new BigDecimal("20").compareTo(inbox.toDecide().get(0).request().facts().maxDiscount()));
            managerSide.approve(request.id(), "OK for the reference customer");
            assertTrue(repSide.quoteRefusal(fixture.deal).isPresent(), "not before the rep's laptop syncs");

            exchange(folder, office, "office");
            exchange(folder, road, "road");
            assertTrue(repSide.quoteRefusal(fixture.deal).isEmpty(), "approved: the quote can be made");
            assertEquals(1, quotes.create(fixture.deal.id()).version(), "and it is");
            var mine = repSide.inbox().mine();
            assertEquals(ApprovalStatus.APPROVED, mine.get(0).request().status());
            assertEquals("OK for the reference customer", mine.get(0).request().comment());
            assertEquals("Mia Manager", mine.get(0).decidedByName());
        }
    }

    @Test
    void twoManagersDecidingOfflineAtOnceEndWithOneDecisionEverywhereAndAConflictToReview() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        try (Database road = Database.open(temp.resolve("road"));
             Database east = Database.open(temp.resolve("east"));
             Database west = Database.open(temp.resolve("west"))) {
            FolderTransport folder = new FolderTransport(team, null);
            Fixture fixture = Fixture.on(road.store());
            ApprovalService repSide = new ApprovalService(road.store());
            repSide.saveRule(ApprovalRule.discountAbove(new BigDecimal("15"), true, null));
            UUID request = repSide.request(fixture.deal.id(), ApprovalAction.quote(), null).id();
            exchange(folder, road, "road");
            UUID eastManager = managerOn(east, "Eve East");
            UUID westManager = managerOn(west, "Wes West");
            exchange(folder, east, "east");
            exchange(folder, west, "west");
            exchange(folder, east, "east");
            exchange(folder, west, "west");
            assertFalse(eastManager.equals(westManager));

            new ApprovalService(east.store()).approve(request, "yes");
            new ApprovalService(west.store()).reject(request, "no: margin");
            for (int round = 0; round < 2; round++) {
                exchange(folder, east, "east");
                exchange(folder, west, "west");
                exchange(folder, road, "road");
            }
            ApprovalRequest seenOnRoad = road.store().read(tx -> tx.approvalRequests().get(request));
            for (Database device : List.of(east, west)) {
                ApprovalRequest seen = device.store().read(tx -> tx.approvalRequests().get(request));
                assertEquals(seenOnRoad, seen, "every device shows the same decision");
            }
            boolean approved = seenOnRoad.status() == ApprovalStatus.APPROVED;
            assertEquals(approved ? eastManager : westManager, seenOnRoad.decidedBy(),
                    "status, decider and comment come from the same decision");
            assertEquals(approved ? "yes" : "no: margin", seenOnRoad.comment());
            var conflicts = road.store().read(tx -> tx.conflicts().fieldConflicts()).stream()
                    .filter(c -> c.entity().equals("approval_request")).map(c -> c.field()).sorted().toList();
            assertTrue(conflicts.contains("status"), "the other decision is kept for review: " + conflicts);
            assertThrows(RuleViolation.class, () -> new ApprovalService(east.store()).approve(request, "again"),
                    "a decided request is not decided again");
        }
    }

    private static UUID managerOn(Database device, String name) {
        UUID me = new ProfileService(device.store()).setUp(name, "EUR").me().id();
        device.store().writeVoid(tx -> tx.reps().update(tx.reps().get(me).withRole(RepRole.MANAGER)));
        return me;
    }

    private static void exchange(FolderTransport folder, Database device, String name) throws Exception {
        folder.exchange(new SyncEngine(device.store()), name);
    }

    /** The rep's laptop: Ann, a product, and a deal of 10 seats at 20 % off. */
    private record Fixture(SalesRep ann, Opportunity deal) {
        static Fixture on(Store store) {
            SalesRep ann = new ProfileService(store).setUp("Ann Rep", "EUR").me();
            Product licence = Product.create("LIC", "Licence", "seat", null);
            new ProductService(store).save(licence, List.of(Money.of("100", "EUR")));
            Account account = store.write(tx -> tx.accounts().insert(Account.create("Initech", null)));
            PipelineStage first = store.read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id()))
                    .get(0);
            Opportunity deal = new OpportunityService(store).create(Opportunity.create(account.id(), first,
                    "Seats", Money.of("0", "EUR"), LocalDate.of(2027, 3, 1), ann.id()), List.of(
                    OpportunityLine.create(null, licence.id(), BigDecimal.TEN, new BigDecimal("100"),
                            new BigDecimal("20"), 0)), ann.id());
            return new Fixture(ann, deal);
        }
    }
}
