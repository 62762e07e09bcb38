package org.fieldbook.sync.folder;

import java.nio.file.Path;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.sync.SyncEngine;

/**
 * A Fieldbook process for the multi-process tests: writes three accounts, syncs with the folder, and again,
 * {@code rounds} times (0: until killed). Prints each committed account id, then "synced" after each exchange.
 */
public final class FolderSyncWorker {
    private FolderSyncWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String label = args[3];
        try (Database database = Database.open(data)) {
            Store store = database.store();
            SyncEngine engine = new SyncEngine(store);
            FolderTransport transport = new FolderTransport(folder, null);
            System.out.println("open");
            for (int round = 0; rounds == 0 || round < rounds; round++) {
                int r = round;
                var written = store.write(tx -> java.util.stream.IntStream.range(0, 3)
                        .mapToObj(i -> tx.accounts().insert(Account.create(label + " " + r + "." + i, null)))
                        .toList());
                written.forEach(account -> System.out.println(account.id()));
                System.out.flush();
                transport.exchange(engine, label);
                System.out.println("synced");
                System.out.flush();
            }
        }
    }
}
