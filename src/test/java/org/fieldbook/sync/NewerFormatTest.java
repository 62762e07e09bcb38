package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change written by a newer Fieldbook is kept in order and reported, never dropped or misread. */
class NewerFormatTest {
    @TempDir
    Path temp;

    @Test
    void aRecordOfANewerFormatWaitsWithEverythingAfterItAndIsReported() {
        try (Database newer = Database.open(temp.resolve("newer"));
             Database older = Database.open(temp.resolve("older"))) {
            newer.store().write(tx -> tx.accounts().insert(Account.create("First", null)));
            newer.store().write(tx -> tx.accounts().insert(Account.create("Second", null)));
            newer.store().write(tx -> tx.accounts().insert(Account.create("Third", null)));
            List<String> outbox = new SyncEngine(newer.store()).outbox(0, 10);
            String fromTheFuture = outbox.get(1).replace("\"format\":1", "\"format\":2")
                    .replace("\"entity\":\"account\"", "\"entity\":\"territory\"");

            SyncEngine engine = new SyncEngine(older.store());
            ReceiveReport report = engine.receive(List.of(outbox.get(0), fromTheFuture, outbox.get(2)));

            assertEquals(1, report.applied(), "only the change before the unknown one");
            assertEquals(2, report.waiting(), "the unknown change and the one after it are kept");
            assertEquals(1, report.needNewerVersion());
            assertEquals(List.of("First"), older.store().read(tx -> tx.accounts().byName()).stream()
                    .map(Account::name).toList());
            ReceiveReport again = engine.receive(List.of());
            assertEquals(2, again.waiting(), "still kept after another exchange");
            assertEquals(1, again.needNewerVersion());
        }
    }

    @Test
    void aRowCreatedWithAColumnThisVersionLacksWaitsInsteadOfLosingIt() throws Exception {
        try (Database newer = Database.open(temp.resolve("newer"));
             Database older = Database.open(temp.resolve("older"))) {
            newer.store().write(tx -> tx.accounts().insert(Account.create("Northwind", null)));
            String created = new SyncEngine(newer.store()).outbox(0, 10).get(0);
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(created);
            ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("value")).put("territory", "North");
            node.put("schemaVersion", org.fieldbook.store.Database.SCHEMA_VERSION + 1);
            String withNewColumn = mapper.writeValueAsString(node);

            ReceiveReport report = new SyncEngine(older.store()).receive(List.of(withNewColumn));

            assertEquals(0, report.applied());
            assertEquals(1, report.waiting(), "kept until this laptop runs a version that has the column");
            assertEquals(1, report.needNewerVersion());
            assertEquals(List.of(), older.store().read(tx -> tx.accounts().byName()));
        }
    }
}
