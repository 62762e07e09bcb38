package org.fieldbook.sync.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.folder.SegmentFormatException;
import org.fieldbook.sync.folder.SnapshotFile;

/**
 * Snapshots on the server, in the team folder's snapshot format (unsealed: the server's logins and TLS guard
 * them). Each carries the team sequence number up to which it holds every change, so a device joining from it
 * pulls only what came after.
 */
final class ServerSnapshots {
    /** The newest snapshots kept per team; older ones are removed by whoever writes a new one. */
    static final int KEPT = 2;

    private ServerSnapshots() {
    }

    /** Joins a fresh replica from the team's best snapshot; false when there is none it can use. */
    static boolean join(Connection db, SyncEngine engine, UUID team, UUID me, String cursorKey,
                        List<String> problems) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT snapshot_id, pull_from, body FROM "
                + "fieldbook.snapshot WHERE team_id = ? ORDER BY coverage DESC LIMIT " + KEPT)) {
            query.setObject(1, team);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    try {
                        SnapshotFile.Contents snapshot = SnapshotFile.read(rows.getBytes(3), team, null);
                        if (snapshot.cut().cursors().containsKey(me)) {
                            continue; // it holds this device's own changes: not a place to start afresh
                        }
                        String pullFrom = Long.toString(rows.getLong(2));
                        engine.join(snapshot.cut(), snapshot.state(), tx -> tx.settings().put(cursorKey, pullFrom));
                        db.commit();
                        return true;
                    } catch (SegmentFormatException e) {
                        problems.add("snapshot " + rows.getObject(1) + " on the server does not check ("
                                + e.getMessage() + "); skipped");
                    }
                }
            }
        }
        db.commit();
        return false;
    }

    /**
     * Writes a snapshot when this replica holds {@code every} changes more than the team's best one and nothing
     * waits: then every change up to {@code cursor} is in its state, which makes {@code cursor} its pull_from.
     */
    static void writeWhenDue(Connection db, SyncEngine engine, UUID team, UUID me, long cursor, long every)
            throws SQLException {
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
        byte[] file = SnapshotFile.write(team, me, null, engine::snapshot);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fieldbook.snapshot (team_id, "
                + "writer_device, coverage, pull_from, body) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement prune = db.prepareStatement("DELETE FROM fieldbook.snapshot WHERE team_id = ? AND "
                     + "snapshot_id NOT IN (SELECT snapshot_id FROM fieldbook.snapshot WHERE team_id = ? "
                     + "ORDER BY coverage DESC LIMIT " + KEPT + ")")) {
            insert.setObject(1, team);
            insert.setObject(2, me);
            insert.setLong(3, SnapshotFile.coverageOf(file));
            insert.setLong(4, cursor);
            insert.setBytes(5, file);
            insert.executeUpdate();
            prune.setObject(1, team);
            prune.setObject(2, team);
            prune.executeUpdate();
        }
        db.commit();
    }
}
