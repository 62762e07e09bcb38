package org.fieldbook.sync.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fieldbook.sync.SnapshotCut;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.folder.SegmentFormatException;
import org.fieldbook.sync.folder.SnapshotFile;
import org.fieldbook.sync.folder.SnapshotSource;

/**
 * Snapshots on the server, in the team folder's snapshot format (unsealed: the server's logins and TLS guard
 * them). Each carries the team sequence number up to which it holds every change, so a device joining from it
 * pulls only what came after. From server schema 2 a snapshot's bytes are rows of 1 MiB ({@link SnapshotRows}),
 * written and read a row at a time; on a schema 1 server they are the snapshot row's body, held in memory.
 */
final class ServerSnapshots {
    /** The newest snapshots kept per team; older ones are removed by whoever writes a new one. */
    static final int KEPT = 2;
    /** The server schema from which snapshots are kept in rows. */
    static final int CHUNKED_SCHEMA = 2;

    private ServerSnapshots() {
    }

    private record Candidate(UUID id, long pullFrom, long bodyLength) {
    }

    /** Joins a fresh replica from the team's best snapshot; false when there is none it can use. */
    static boolean join(Connection db, SyncEngine engine, UUID team, UUID me, String cursorKey, int schema,
                        List<String> problems) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT snapshot_id, pull_from, length(body) FROM "
                + "fieldbook.snapshot WHERE team_id = ? ORDER BY coverage DESC LIMIT " + KEPT)) {
            query.setObject(1, team);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(rows.getObject(1, UUID.class), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        for (Candidate candidate : candidates) {
            try {
                SnapshotFile.Contents snapshot = SnapshotFile.read(source(db, candidate, schema), team, null);
                if (snapshot.cut().cursors().containsKey(me)) {
                    continue; // it holds this device's own changes: not a place to start afresh
                }
                String pullFrom = Long.toString(candidate.pullFrom());
                try (InputStream state = snapshot.state()) {
                    engine.join(snapshot.cut(), state, tx -> tx.settings().put(cursorKey, pullFrom));
                }
                db.commit();
                return true;
            } catch (IOException e) {
                problems.add("snapshot " + candidate.id() + " on the server does not open (" + e.getMessage()
                        + "); skipped");
            } catch (UncheckedIOException e) {
                problems.add("snapshot " + candidate.id() + " on the server does not open ("
                        + e.getCause().getMessage() + "); skipped");
            } catch (SegmentFormatException e) {
                problems.add("snapshot " + candidate.id() + " on the server does not check (" + e.getMessage()
                        + "); skipped");
            }
        }
        db.commit();
        return false;
    }

    /** A snapshot's bytes: its rows when it has any (an empty body), else its body. */
    private static SnapshotSource source(Connection db, Candidate candidate, int schema) throws SQLException {
        if (schema >= CHUNKED_SCHEMA && candidate.bodyLength() == 0) {
            return new SnapshotRows(db, candidate.id());
        }
        try (PreparedStatement query = db.prepareStatement("SELECT body FROM fieldbook.snapshot WHERE snapshot_id = ?")) {
            query.setObject(1, candidate.id());
            try (ResultSet row = query.executeQuery()) {
                return SnapshotSource.of(row.next() ? row.getBytes(1) : new byte[0]);
            }
        }
    }

    /**
     * Writes a snapshot when this replica holds {@code every} changes more than the team's best one and nothing
     * waits: then every change up to {@code cursor} is in its state, which makes {@code cursor} its pull_from.
     */
    static void writeWhenDue(Connection db, SyncEngine engine, UUID team, UUID me, long cursor, long every,
                             int schema) throws SQLException {
        long coverage = engine.coverage();
        if (coverage < every) {
            return;
        }
        long best;
        try (PreparedStatement query = db.prepareStatement(
                "SELECT coalesce(max(coverage), 0) FROM fieldbook.snapshot WHERE team_id = ?")) {
            query.setObject(1, team);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                best = row.getLong(1);
            }
        }
        db.commit();
        if (coverage - best < every || engine.waitingCount() > 0) {
            return;
        }
        UUID id = UUID.randomUUID();
        if (schema >= CHUNKED_SCHEMA) {
            // its row as soon as the cut is known, before the state: the rows of the state refer to it
            try (OutputStream rows = SnapshotRows.writer(db, id, team)) {
                SnapshotFile.write(rows, team, me, null, sink -> engine.snapshot(cut -> {
                    try {
                        insertSnapshot(db, id, team, me, cut.coverage(), cursor, new byte[0]);
                    } catch (SQLException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    return sink.open(cut);
                }));
            } catch (IOException | UncheckedIOException e) {
                db.rollback();
                throw serverCause(e);
            }
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SnapshotCut cut = SnapshotFile.write(out, team, me, null, engine::snapshot);
            insertSnapshot(db, id, team, me, cut.coverage(), cursor, out.toByteArray());
        }
        try (PreparedStatement prune = db.prepareStatement("DELETE FROM fieldbook.snapshot WHERE team_id = ? AND "
                + "snapshot_id NOT IN (SELECT snapshot_id FROM fieldbook.snapshot WHERE team_id = ? "
                + "ORDER BY coverage DESC LIMIT " + KEPT + ")")) {
            prune.setObject(1, team);
            prune.setObject(2, team);
            prune.executeUpdate();
        }
        db.commit();
    }

    private static void insertSnapshot(Connection db, UUID id, UUID team, UUID me, long coverage, long pullFrom,
                                       byte[] body) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fieldbook.snapshot (snapshot_id, team_id, "
                + "writer_device, coverage, pull_from, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, team);
            insert.setObject(3, me);
            insert.setLong(4, coverage);
            insert.setLong(5, pullFrom);
            insert.setBytes(6, body);
            insert.executeUpdate();
        }
    }

    /** The server's own error under a failed snapshot write (so a lost connection reads as offline), if any. */
    private static SQLException serverCause(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException server) {
                return server;
            }
        }
        return new SQLException("could not write the snapshot to the server: " + e.getMessage(), e);
    }
}
