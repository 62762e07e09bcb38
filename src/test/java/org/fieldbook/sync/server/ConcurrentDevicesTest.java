package org.fieldbook.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight devices write, push and pull at the same time, pulling in small batches so that pulls run between
 * other devices' pushes. No change may be skipped by a cursor or stored twice: at the end every device holds
 * every account, and the server holds each change once, every device's sequence without a gap.
 */
class ConcurrentDevicesTest {
    private static final int DEVICES = 8;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 10;

    @TempDir
    Path temp;

    @Test
    void eightDevicesPushingAndPullingAtOnceMissAndRepeatNothing() throws Exception {
        TestPostgres.Server server = TestPostgres.newServer();
        server.createTeam("Busy");
        List<ServerAccount> logins = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            logins.add(server.addUser("Busy", "dev" + d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
        List<Database> databases = new ArrayList<>();
        try {
            List<Future<Database>> opening = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                Path folder = temp.resolve("device-" + d);
                opening.add(pool.submit(() -> Database.open(folder)));
            }
            for (Future<Database> database : opening) {
                databases.add(database.get(120, TimeUnit.SECONDS));
            }
            List<Future<Integer>> work = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                int device = d;
                work.add(pool.submit(() -> writeAndSync(device, databases.get(device), logins.get(device))));
            }
            int pulledWhileBusy = 0;
            for (Future<Integer> done : work) {
                pulledWhileBusy += done.get(180, TimeUnit.SECONDS);
            }
            for (int d = 0; d < DEVICES; d++) {
                sync(logins.get(d), databases.get(d), d);
            }

            int expected = DEVICES * ROUNDS * PER_ROUND;
            List<String> reference = ServerTransportTest.names(databases.get(0));
            assertEquals(expected, reference.size());
            assertEquals(expected, reference.stream().distinct().count());
            for (int d = 1; d < DEVICES; d++) {
                assertEquals(reference, ServerTransportTest.names(databases.get(d)), "device " + d);
                int device = d;
                assertEquals(0, (int) databases.get(device).store().read(tx -> tx.sync().inboxSize()));
            }
            assertEquals(server.count("SELECT count(*) FROM fieldbook.change"),
                    server.count("SELECT count(DISTINCT change_id) FROM fieldbook.change"), "each change once");
            assertEquals(0, server.count("SELECT count(*) FROM (SELECT device_id FROM fieldbook.change GROUP BY "
                    + "device_id HAVING max(device_seq) <> count(*) OR min(device_seq) <> 1) gaps"), "no gaps");
            assertEquals(server.count("SELECT count(*) FROM fieldbook.change"),
                    server.count("SELECT last_seq FROM fieldbook.team"), "one team number per change");
            System.out.printf("ConcurrentDevicesTest: %d changes, %d pulled while others pushed%n",
                    server.count("SELECT count(*) FROM fieldbook.change"), pulledWhileBusy);
        } finally {
            databases.forEach(Database::close);
            pool.shutdownNow();
        }
    }

    private static int writeAndSync(int device, Database database, ServerAccount login) throws Exception {
        int pulled = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < PER_ROUND; i++) {
                accounts.add(Account.create("Device " + device + " round " + round + " #" + i, null));
            }
            database.store().writeVoid(tx -> tx.accounts().insertAll(accounts));
            pulled += sync(login, database, device).pulled();
        }
        return pulled;
    }

    private static ServerSyncReport sync(ServerAccount login, Database database, int device) throws Exception {
        return new ServerTransport(login, 7, Long.MAX_VALUE).exchange(database.store(),
                new SyncEngine(database.store()), "device " + device);
    }
}
