package org.fieldbook.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    @TempDir
    Path dataFolder;

    @Test
    void findsRecordsByTheStartOfAnyWordGroupedByKind() {
        try (AppContext context = AppContext.open(dataFolder)) {
            Account acme = context.accounts().create(Account.create("Acme Tools", null));
            context.accounts().create(Account.create("Brightwater Logistics", null));
            context.contacts().create(Contact.create(acme.id(), "Grace Tooley"));
            context.leads().create(Lead.create("Zoë Müller", "Acme Robotics", null, null));

            SearchResults tools = context.search().search("too", 5);
            assertEquals(List.of(SearchKind.ACCOUNT, SearchKind.CONTACT), List.copyOf(tools.groups().keySet()));
            assertEquals("Acme Tools", tools.groups().get(SearchKind.CONTACT).hits().get(0).detail());
            assertEquals(List.of("Acme Tools"), titles(context.search().search("acme to", 5), SearchKind.ACCOUNT));
            assertEquals(List.of("Zoë Müller"), titles(context.search().search("muller", 5), SearchKind.LEAD));
            assertTrue(context.search().search("ools", 5).isEmpty(), "words are found by their start");
            assertTrue(context.search().search("  ", 5).isEmpty());
        }
    }

    @Test
    void followsEditsDeletesAndNewRecordsAfterTheFirstQuery() {
        try (AppContext context = AppContext.open(dataFolder)) {
            Account acme = context.accounts().create(Account.create("Acme Tools", null));
            assertEquals(1, context.search().search("acme", 5).hits().size());

            var editing = context.accounts().edit(acme.id());
            context.accounts().update(editing, editing.original().withName("Zenith Tools"));
            context.accounts().create(Account.create("华信科技有限公司", null));
            assertTrue(context.search().search("acme", 5).isEmpty());
            assertEquals(List.of("Zenith Tools"), titles(context.search().search("zen", 5), SearchKind.ACCOUNT));
            assertEquals(List.of("华信科技有限公司"), titles(context.search().search("科技", 5), SearchKind.ACCOUNT));

            context.accounts().delete(acme.id(), context.accounts().edit(acme.id()).versions());
            assertTrue(context.search().search("zenith", 5).isEmpty());
        }
    }

    @Test
    void theBestFewComeFirstAndTheTotalCountsAll() {
        try (AppContext context = AppContext.open(dataFolder)) {
            for (int i = 0; i < 12; i++) {
                context.accounts().create(Account.create("North Harbour Branch " + i, null));
            }
            context.accounts().create(Account.create("Harbour", null));
            context.accounts().create(Account.create("Old Harbour Inn", null));
            SearchResults.Group group = context.search().search("harb", 3).groups().get(SearchKind.ACCOUNT);
            assertEquals(14, group.total());
            assertEquals(List.of("Harbour", "Old Harbour Inn", "North Harbour Branch 0"),
                    group.hits().stream().map(SearchHit::title).toList());
        }
    }

    private static List<String> titles(SearchResults results, SearchKind kind) {
        SearchResults.Group group = results.groups().get(kind);
        return group == null ? List.of() : group.hits().stream().map(SearchHit::title).toList();
    }
}
