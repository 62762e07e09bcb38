package org.fieldbook.sync.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.fieldbook.store.Store;
import org.fieldbook.sync.ChangeCodec;
import org.fieldbook.sync.ReceiveReport;
import org.fieldbook.sync.SyncEngine;

/**
 * Sync through a PostgreSQL server: the second transport of the same engine. A change gets a team sequence
 * number when it is pushed; pushes of one team take the team row's lock, so numbers are given in commit order
 * and a puller that has read up to N has seen every change numbered N or less (docs/sync.md). A device pulls
 * the changes after its cursor in batches; each batch is applied and the cursor moved in one local transaction.
 */
public final class ServerTransport {
    /** The server schema (db/server) this version of Fieldbook needs at least. */
    public static final int SCHEMA_VERSION = 1;
    static final int PUSH_BATCH = 5_000;
    static final int PULL_BATCH = 5_000;
    static final String CURSOR_SETTING = "sync.server.cursor.";

    /**
     * For a device that holds {@code team}'s changes up to {@code seq} by other means (the bench's team in its
     * steady state, whose devices all hold the history already): its next pull starts after them.
     */
    public static void assumeHeldUpTo(Store store, UUID team, long seq) {
        store.writeVoid(tx -> tx.settings().put(CURSOR_SETTING + team, Long.toString(seq)));
    }
    private static final int RETRIES = 5;

    private final ServerAccount account;
    private final int pullBatch;
    private final long snapshotEvery;
    private IntConsumer onPulledBatch = pulled -> { };
    private String expectedTeam;

    public ServerTransport(ServerAccount account) {
        this(account, PULL_BATCH, org.fieldbook.sync.folder.FolderTransport.SNAPSHOT_EVERY);
    }

    public ServerTransport(ServerAccount account, int pullBatch, long snapshotEvery) {
        this.account = account;
        this.pullBatch = pullBatch;
        this.snapshotEvery = snapshotEvery;
    }

    /** Told the number of changes applied so far after each pulled batch is committed locally. */
    public ServerTransport onPulledBatch(IntConsumer listener) {
        this.onPulledBatch = listener;
        return this;
    }

    /** Refuses to exchange (before pushing anything) when the login's team is not {@code team}; null: any. */
    public ServerTransport expectTeam(String team) {
        this.expectedTeam = team;
        return this;
    }

    /**
     * Checks that this login may sync: the server answers, the schema is recent enough, the login is in a team
     * (the expected one, if given). Returns the team's name; changes nothing on either side.
     */
    public String check() throws ServerOfflineException, ServerRefusedException {
        try (Connection connection = account.connect()) {
            return new Session(connection, null, null).findTeam();
        } catch (SQLException e) {
            if (ServerErrors.isConnectionLoss(e)) {
                throw ServerErrors.offline(account, e);
            }
            throw ServerErrors.refused(account, e);
        }
    }

    /** Joins from a snapshot if this replica is fresh, pushes its new changes, pulls the team's. */
    public ServerSyncReport exchange(Store store, SyncEngine engine, String deviceName)
            throws ServerOfflineException, ServerRefusedException {
        try (Connection connection = account.connect()) {
            return exchange(connection, store, engine, deviceName);
        } catch (SQLException e) {
            if (ServerErrors.isConnectionLoss(e)) {
                throw ServerErrors.offline(account, e);
            }
            throw ServerErrors.refused(account, e);
        }
    }

    /**
     * One exchange over a connection the caller keeps open (of {@link ServerAccount#connect()}: manual commit,
     * read committed). A lost connection is the caller's to replace.
     */
    public ServerSyncReport exchange(Connection connection, Store store, SyncEngine engine, String deviceName)
            throws SQLException, ServerRefusedException {
        try {
            return new Session(connection, store, engine).run(deviceName);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException broken) {
                e.addSuppressed(broken); // the connection is gone: the server rolled back by itself
            }
            throw e;
        }
    }

    /** One exchange over one connection. */
    private final class Session {
        private final Connection db;
        private final Store store;
        private final SyncEngine engine;
        private final UUID me;
        private final List<String> problems = new ArrayList<>();
        private final List<ReceiveReport.ClockWarning> warnings = new ArrayList<>();
        private UUID team;
        private String cursorKey;
        private int schema;

        Session(Connection db, Store store, SyncEngine engine) {
            this.db = db;
            this.store = store;
            this.engine = engine;
            this.me = engine == null ? null : engine.deviceId();
        }

        ServerSyncReport run(String deviceName) throws SQLException, ServerRefusedException {
            String teamName = findTeam();
            register(deviceName);
            boolean joined = engine.isFresh() && ServerSnapshots.join(db, engine, team, me, cursorKey, schema,
                    problems);
            int pushed = push();
            long[] pulled = pull();
            nameDevices();
            ServerSnapshots.writeWhenDue(db, engine, team, me, pulled[1], snapshotEvery, schema);
            engine.compactAfterBulk(pulled[0], joined);
            return new ServerSyncReport(teamName, pushed, (int) pulled[0], pulled[1], joined, engine.waitingCount(),
                    engine.conflictCount(), problems, warnings);
        }

        private String findTeam() throws SQLException, ServerRefusedException {
            int version = ServerSchema.installedVersion(db);
            schema = version;
            if (version < SCHEMA_VERSION) {
                throw new ServerRefusedException(ServerProblem.NO_SCHEMA, "the Fieldbook schema on " + account.where() + " is version "
                        + version + ", this Fieldbook needs " + SCHEMA_VERSION + ": ask the admin to run "
                        + "'fieldbook server init' with this version", null);
            }
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT team_id, name FROM fieldbook.team WHERE team_id = fieldbook.my_team()");
                 ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new ServerRefusedException(ServerProblem.NOT_A_MEMBER, "the login " + account.user()
                            + " is not a member of a team on " + account.where()
                            + ": ask the admin to run 'fieldbook server add-user'", null);
                }
                team = row.getObject(1, UUID.class);
                cursorKey = CURSOR_SETTING + team;
                String name = row.getString(2);
                db.commit();
                if (expectedTeam != null && !expectedTeam.isBlank() && !expectedTeam.strip().equalsIgnoreCase(name)) {
                    throw new ServerRefusedException(ServerProblem.WRONG_TEAM, "the login " + account.user()
                            + " is a member of the team '" + name + "' on " + account.where() + ", not of '"
                            + expectedTeam.strip() + "'", null);
                }
                return name;
            }
        }

        private void register(String deviceName) throws SQLException, ServerRefusedException {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO fieldbook.device (device_id, team_id, "
                    + "name) VALUES (?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET name = excluded.name "
                    + "WHERE device.name IS DISTINCT FROM excluded.name")) {
                insert.setObject(1, me);
                insert.setObject(2, team);
                insert.setString(3, deviceName);
                insert.executeUpdate();
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                if ("42501".equals(e.getSQLState())) {
                    throw new ServerRefusedException(ServerProblem.DEVICE_TAKEN, "this device (" + me + ") is registered on " + account.where()
                            + " to another login or team; a copied data folder cannot sync as its original", e);
                }
                throw e;
            }
        }

        /** Pushes in batches; each batch is one transaction under the team row's lock. */
        private int push() throws SQLException {
            int pushed = 0;
            while (true) {
                int batch = pushBatchWithRetries();
                if (batch == 0) {
                    return pushed;
                }
                pushed += batch;
            }
        }

        private int pushBatchWithRetries() throws SQLException {
            for (int attempt = 1; ; attempt++) {
                try {
                    return pushBatch();
                } catch (SQLException e) {
                    db.rollback();
                    if (!ServerErrors.isRetryable(e) || attempt == RETRIES) {
                        throw e;
                    }
                }
            }
        }

        private int pushBatch() throws SQLException {
            long lastSeq;
            try (PreparedStatement lock = db.prepareStatement(
                    "SELECT last_seq FROM fieldbook.team WHERE team_id = ? FOR UPDATE")) {
                lock.setObject(1, team);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    lastSeq = row.getLong(1);
                }
            }
            long serverHas;
            try (PreparedStatement query = db.prepareStatement("SELECT coalesce(max(device_seq), 0) FROM "
                    + "fieldbook.change WHERE team_id = ? AND device_id = ?")) {
                query.setObject(1, team);
                query.setObject(2, me);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    serverHas = row.getLong(1);
                }
            }
            List<String> batch = engine.outbox(serverHas, PUSH_BATCH);
            if (batch.isEmpty()) {
                db.commit();
                return 0;
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO fieldbook.change (team_id, seq, "
                    + "change_id, device_id, device_seq, payload) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                long seq = lastSeq;
                for (String payload : batch) {
                    ChangeCodec.Header header = ChangeCodec.decode(payload).header();
                    insert.setObject(1, team);
                    insert.setLong(2, ++seq);
                    insert.setObject(3, header.changeId());
                    insert.setObject(4, me);
                    insert.setLong(5, header.deviceSeq());
                    insert.setString(6, payload);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (PreparedStatement count = db.prepareStatement(
                        "UPDATE fieldbook.team SET last_seq = ? WHERE team_id = ?")) {
                    count.setLong(1, seq);
                    count.setObject(2, team);
                    count.executeUpdate();
                }
            }
            db.commit();
            return batch.size();
        }

        /** Returns the changes applied and the cursor reached. */
        private long[] pull() throws SQLException {
            long cursor = store.read(tx -> tx.settings().get(cursorKey)).map(Long::parseLong).orElse(0L);
            int applied = 0;
            db.setReadOnly(true);
            try (PreparedStatement query = db.prepareStatement("SELECT seq, payload FROM fieldbook.change "
                    + "WHERE team_id = ? AND seq > ? AND device_id <> ? ORDER BY seq LIMIT ?")) {
                while (true) {
                    query.setObject(1, team);
                    query.setLong(2, cursor);
                    query.setObject(3, me);
                    query.setInt(4, pullBatch);
                    List<String> payloads = new ArrayList<>(pullBatch);
                    long last = cursor;
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            last = rows.getLong(1);
                            payloads.add(rows.getString(2));
                        }
                    }
                    db.commit();
                    if (payloads.isEmpty()) {
                        return new long[] {applied, cursor};
                    }
                    String reached = Long.toString(last);
                    ReceiveReport report = engine.receive(payloads, tx -> tx.settings().put(cursorKey, reached));
                    cursor = last;
                    applied += report.applied();
                    problems.addAll(report.problems());
                    warnings.addAll(report.clockWarnings());
                    onPulledBatch.accept(applied);
                    if (payloads.size() < pullBatch) {
                        return new long[] {applied, cursor};
                    }
                }
            } finally {
                db.setReadOnly(false);
            }
        }

        private void nameDevices() throws SQLException {
            try (PreparedStatement query = db.prepareStatement("SELECT device_id, name FROM fieldbook.device "
                    + "WHERE team_id = ? AND device_id <> ? AND name IS NOT NULL")) {
                query.setObject(1, team);
                query.setObject(2, me);
                java.util.Map<UUID, String> known = new java.util.HashMap<>();
                engine.peers().forEach(peer -> known.put(peer.deviceId(), peer.name()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID device = rows.getObject(1, UUID.class);
                        String name = rows.getString(2);
                        if (known.containsKey(device) && !name.equals(known.get(device))) {
                            engine.nameDevice(device, name);
                        }
                    }
                }
            }
            db.commit();
        }
    }
}
