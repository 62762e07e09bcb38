package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteNumber;
import org.fieldbook.service.CompanyService;
import org.fieldbook.service.QuoteFixtures;
import org.fieldbook.service.QuoteGate;
import org.fieldbook.service.QuoteService;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.sync.folder.FolderTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops that meet only through a shared folder issue quotes for the same deal while offline: every
 * number is unique, both hold every version with its frozen lines, and the company details one of them set
 * reach the other.
 */
class QuoteNumbersSyncTest {
    @TempDir
    Path temp;

    @Test
    void quotesIssuedOfflineOnTwoDevicesHaveUniqueNumbersAndMeetInTheFolder() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        try (Database office = Database.open(temp.resolve("office"));
             Database road = Database.open(temp.resolve("road"))) {
            Opportunity deal = QuoteFixtures.deal(office.store(), 3);
            CompanyService company = new CompanyService(office.store());
            company.save(company.edit(), company.profile().withName("北京远航工业"), null);
            exchange(team, office, "office");
            exchange(team, road, "road");
            assertEquals("北京远航工业", new CompanyService(road.store()).profile().name(), "company details sync");

            List<Quote> issued = new ArrayList<>();
            for (int i = 0; i < 3; i++) { // both offline, both quoting the same deal
                issued.add(quotes(office.store()).create(deal.id()));
                issued.add(quotes(road.store()).create(deal.id()));
            }
            for (int round = 0; round < 2; round++) {
                exchange(team, office, "office");
                exchange(team, road, "road");
            }
            Set<String> numbers = new HashSet<>();
            issued.forEach(q -> numbers.add(q.number()));
            assertEquals(6, numbers.size(), "unique numbers: " + numbers);
            for (Database device : List.of(office, road)) {
                List<Quote> seen = quotes(device.store()).ofOpportunity(deal.id());
                assertEquals(6, seen.size());
                for (Quote quote : seen) {
                    assertEquals(3, quotes(device.store()).document(quote.id()).lines().size());
                }
            }
            assertNotEquals(QuoteNumber.prefixOf(issued.get(0).number()), QuoteNumber.prefixOf(issued.get(1).number()));
            Quote later = quotes(office.store()).create(deal.id());
            assertEquals(4, later.version(), "the next version follows the highest either device issued");
        }
    }

    @Test
    void twoDevicesThatMeetOnAPrefixPartAndNumberOnWithoutClashing() throws Exception {
        Path team = Files.createDirectories(temp.resolve("team"));
        try (Database first = Database.open(temp.resolve("first"));
             Database second = Database.open(temp.resolve("second"))) {
            Opportunity deal = QuoteFixtures.deal(first.store(), 1);
            exchange(team, first, "first");
            exchange(team, second, "second");
            // the one-in-a-million case, forced: the second device was given the first one's prefix
            UUID firstId = first.store().read(tx -> tx.changeLog().deviceId());
            UUID secondId = second.store().read(tx -> tx.changeLog().deviceId());
            String shared = QuoteNumber.prefix(firstId, 0);
            second.store().writeVoid(tx -> tx.settings().put("quote.prefix", secondId + ":" + shared));
            Quote a = quotes(first.store()).create(deal.id());
            Quote b = quotes(second.store()).create(deal.id());
            assertEquals(a.number(), b.number(), "offline, the shared prefix gives the same first number");
            exchange(team, first, "first");
            exchange(team, second, "second");
            exchange(team, first, "first");

            Set<String> later = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                for (Database device : List.of(first, second)) {
                    Quote quote = quotes(device.store()).create(deal.id());
                    assertTrue(later.add(quote.number()), "no number twice: " + quote.number());
                    assertNotEquals(a.number(), quote.number());
                    prefixes.add(QuoteNumber.prefixOf(quote.number()).orElseThrow());
                }
            }
            assertEquals(2, prefixes.size(), "after meeting, each device numbers under a prefix of its own");
            UUID moved = firstId.compareTo(secondId) < 0 ? secondId : firstId;
            Database movedDevice = moved.equals(firstId) ? first : second;
            Quote next = quotes(movedDevice.store()).create(deal.id());
            assertNotEquals(shared, QuoteNumber.prefixOf(next.number()).orElseThrow(),
                    "the device with the greater id left the shared prefix");
        }
    }

    private static QuoteService quotes(Store store) {
        return new QuoteService(store, QuoteGate.open(), java.time.ZoneOffset.UTC);
    }

    private static void exchange(Path team, Database device, String name) throws Exception {
        new FolderTransport(team, null).exchange(new SyncEngine(device.store()), name);
    }
}
