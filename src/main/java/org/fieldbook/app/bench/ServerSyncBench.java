package org.fieldbook.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.server.ServerAccount;
import org.fieldbook.sync.server.ServerAdmin;
import org.fieldbook.sync.server.ServerRefusedException;
import org.fieldbook.sync.server.ServerSetup;
import org.fieldbook.sync.server.ServerSyncReport;
import org.fieldbook.sync.server.ServerTransport;

/**
 * The server sync figures of issue 8, on a PostgreSQL the bench is given (an admin JDBC URL): 10,000 changes
 * pushed by one device and pulled by another, and 20 devices writing and syncing at the same time. Each run
 * uses a database of its own, dropped afterwards.
 */
public final class ServerSyncBench {
    static final double PULL_LIMIT_SECONDS = 3;
    static final int DEVICES = 20;
    static final int PER_DEVICE = 250;

    private ServerSyncBench() {
    }

    /** {@code history}: a data folder whose history the 20 devices' team holds first (null: an empty team). */
    public static List<Figure> measure(Path work, String adminUrl, Path history) throws Exception {
        ServerAdmin admin = new ServerAdmin(adminUrl, null, null).createDatabase("fieldbook_bench");
        try {
            admin.initialise(ServerSetup.initSql("Bench"));
            admin.run(ServerSetup.initSql("Bench 20"));
            List<Figure> figures = new ArrayList<>(tenThousand(work, admin));
            if (history != null) {
                figures.addAll(publishHistory(admin, history));
            }
            figures.addAll(twentyDevices(work, admin, admin.teamPosition("Bench 20")));
            return figures;
        } finally {
            admin.dropDatabase();
        }
    }

    private static List<Figure> tenThousand(Path work, ServerAdmin admin) throws Exception {
        ServerAccount login = login(admin, "Bench", "bench_writer");
        try (Database writer = Database.open(work.resolve("server-writer"));
             Database reader = Database.open(work.resolve("server-reader"))) {
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < SyncBench.CHANGES / 2; i++) {
                accounts.add(Account.create("Account " + i, null));
            }
            writer.store().writeVoid(tx -> tx.accounts().insertAll(accounts));
            writer.store().writeVoid(tx -> accounts.forEach(a -> tx.accounts().update(a.withName(a.name() + " Ltd"))));
            long start = System.nanoTime();
            ServerSyncReport pushed = new ServerTransport(login).exchange(writer.store(),
                    new SyncEngine(writer.store()), "writer");
            double pushSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ServerSyncReport pulled = new ServerTransport(login).exchange(reader.store(),
                    new SyncEngine(reader.store()), "reader");
            double pullSeconds = (System.nanoTime() - start) / 1e9;
            if (pulled.pulled() != pushed.pushed() || pushed.pushed() != SyncBench.CHANGES) {
                throw new IllegalStateException("pulled " + pulled.pulled() + " of " + pushed.pushed() + " changes");
            }
            return List.of(Figure.of("sync_server_push_10k_changes_s", pushSeconds, "s"),
                    Figure.limited("sync_server_pull_10k_changes_s", pullSeconds, "s", PULL_LIMIT_SECONDS),
                    Figure.limited("sync_server_push_and_pull_10k_changes_s", pushSeconds + pullSeconds, "s",
                            PULL_LIMIT_SECONDS));
        }
    }

    /** One device pushes a whole history (the 100k demo folder's) to the 20 devices' team. */
    private static List<Figure> publishHistory(ServerAdmin admin, Path history) throws Exception {
        ServerAccount login = login(admin, "Bench 20", "bench_history");
        try (Database device = Database.open(history)) {
            long start = System.nanoTime();
            ServerSyncReport pushed = new ServerTransport(login).exchange(device.store(),
                    new SyncEngine(device.store()), "history");
            double seconds = (System.nanoTime() - start) / 1e9;
            return List.of(Figure.of("sync_server_publish_100k_history_s", seconds, "s"),
                    Figure.of("sync_server_history_changes", pushed.pushed(), "changes"));
        }
    }

    /**
     * Every device writes {@link #PER_DEVICE} changes and syncs at once; then each syncs until all hold all. The
     * devices hold the team's history up to {@code position} already (a team in its steady state), so what they
     * exchange is their new changes, against a server whose tables hold the whole history.
     */
    private static List<Figure> twentyDevices(Path work, ServerAdmin admin, ServerAdmin.TeamPosition position)
            throws Exception {
        List<Database> databases = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
        try {
            List<ServerAccount> logins = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                databases.add(Database.open(work.resolve("server-device-" + d)));
                logins.add(login(admin, "Bench 20", "bench_device_" + d));
                List<Account> accounts = new ArrayList<>();
                for (int i = 0; i < PER_DEVICE; i++) {
                    accounts.add(Account.create("Device " + d + " account " + i, null));
                }
                databases.get(d).store().writeVoid(tx -> tx.accounts().insertAll(accounts));
                ServerTransport.assumeHeldUpTo(databases.get(d).store(), position.teamId(), position.lastSeq());
            }
            long start = System.nanoTime();
            List<Future<ServerSyncReport>> first = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                first.add(submit(pool, logins.get(d), databases.get(d), d));
            }
            for (Future<ServerSyncReport> done : first) {
                done.get();
            }
            double atOnceSeconds = (System.nanoTime() - start) / 1e9;
            List<Future<ServerSyncReport>> second = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                second.add(submit(pool, logins.get(d), databases.get(d), d));
            }
            for (Future<ServerSyncReport> done : second) {
                done.get();
            }
            double convergedSeconds = (System.nanoTime() - start) / 1e9;
            long expected = (long) DEVICES * PER_DEVICE;
            for (Database database : databases) {
                long held = database.store().read(tx -> tx.accounts().all()).size();
                if (held != expected) {
                    throw new IllegalStateException("a device holds " + held + " of " + expected + " accounts");
                }
            }
            return List.of(Figure.of("sync_server_20_devices_first_round_s", atOnceSeconds, "s"),
                    Figure.of("sync_server_20_devices_all_hold_all_s", convergedSeconds, "s"));
        } finally {
            pool.shutdownNow();
            databases.forEach(Database::close);
        }
    }

    private static Future<ServerSyncReport> submit(ExecutorService pool, ServerAccount login, Database database,
                                                   int device) {
        return pool.submit(() -> new ServerTransport(login).exchange(database.store(),
                new SyncEngine(database.store()), "device " + device));
    }

    private static ServerAccount login(ServerAdmin admin, String team, String prefix) throws ServerRefusedException {
        String user = prefix + "_" + UUID.randomUUID().toString().substring(0, 6);
        char[] password = UUID.randomUUID().toString().toCharArray();
        admin.run(ServerSetup.addUserSql(team, user, password));
        return new ServerAccount(admin.userUrl(), user, password);
    }
}
