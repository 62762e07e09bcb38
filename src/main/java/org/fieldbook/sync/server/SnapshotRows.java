package org.fieldbook.sync.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import org.fieldbook.sync.folder.BlockOutputStream;
import org.fieldbook.sync.folder.SnapshotSource;

/**
 * A snapshot file kept on the server as rows of {@link #ROW_BYTES} in {@code fieldbook.snapshot_chunk} (server
 * schema 2, docs/decisions/0018): written as it is produced and read a row at a time, so a client holds one
 * row, never the whole snapshot.
 */
final class SnapshotRows implements SnapshotSource {
    static final int ROW_BYTES = 1 << 20;

    private final Connection db;
    private final UUID snapshotId;
    private long size = -1;

    SnapshotRows(Connection db, UUID snapshotId) {
        this.db = db;
        this.snapshotId = snapshotId;
    }

    /** The stream a snapshot file is written to: every full row is inserted at once, the last one on close. */
    static OutputStream writer(Connection db, UUID snapshotId, UUID team) throws SQLException {
        PreparedStatement insert = db.prepareStatement(
                "INSERT INTO fieldbook.snapshot_chunk (snapshot_id, team_id, chunk, bytes) VALUES (?, ?, ?, ?)");
        insert.setObject(1, snapshotId);
        insert.setObject(2, team);
        return new BlockOutputStream(ROW_BYTES) {
            private int index;

            @Override
            protected void block(byte[] bytes, int length, boolean last) throws IOException {
                if (length == 0) {
                    return; // nothing was written at all
                }
                try {
                    insert.setInt(3, index++);
                    insert.setBytes(4, Arrays.copyOf(bytes, length));
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw new IOException("the server refused a snapshot row: " + e.getMessage(), e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    try {
                        insert.close();
                    } catch (SQLException e) {
                        // the statement goes with the connection
                    }
                }
            }
        };
    }

    @Override
    public long size() throws IOException {
        if (size < 0) {
            try (PreparedStatement query = db.prepareStatement("SELECT count(*), coalesce(max(chunk), -1), "
                    + "coalesce(sum(length(bytes)), 0), count(*) FILTER (WHERE length(bytes) <> ?) "
                    + "FROM fieldbook.snapshot_chunk WHERE snapshot_id = ?")) {
                query.setInt(1, ROW_BYTES);
                query.setObject(2, snapshotId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    long count = row.getLong(1);
                    long total = row.getLong(3);
                    // rows 0..n-1, all full but possibly the last: else a row went missing or was changed
                    if (count == 0 || row.getLong(2) != count - 1 || row.getLong(4) > 1
                            || total <= (count - 1) * (long) ROW_BYTES) {
                        throw new IOException("its rows on the server are incomplete");
                    }
                    size = total;
                }
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return size;
    }

    @Override
    public InputStream range(long start, long end) {
        return new InputStream() {
            private long position = start;
            private byte[] row;
            private int rowIndex = -1;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (position >= end) {
                    return -1;
                }
                int index = (int) (position / ROW_BYTES);
                if (index != rowIndex) {
                    row = fetch(index);
                    rowIndex = index;
                }
                int offset = (int) (position % ROW_BYTES);
                int n = (int) Math.min(Math.min(len, row.length - offset), end - position);
                if (n <= 0) {
                    throw new IOException("a row of the snapshot on the server is shorter than it was");
                }
                System.arraycopy(row, offset, b, off, n);
                position += n;
                return n;
            }
        };
    }

    private byte[] fetch(int index) throws IOException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT bytes FROM fieldbook.snapshot_chunk WHERE snapshot_id = ? AND chunk = ?")) {
            query.setObject(1, snapshotId);
            query.setInt(2, index);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IOException("row " + index + " of the snapshot is no longer on the server");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
