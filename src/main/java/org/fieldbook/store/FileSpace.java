package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How much of the H2 file holds live data, from H2's own figures ({@code INFORMATION_SCHEMA.SETTINGS}):
 * {@code info.FILL_RATE} is the share of the file's blocks that chunks occupy, {@code info.CHUNKS_FILL_RATE} the
 * share of those chunks' pages that are still live. With {@code WRITE_DELAY=0} H2 runs no background writer, so
 * nothing rewrites half-dead chunks while the database is open (see
 * docs/decisions/0019-compact-the-file-after-bulk-loads.md).
 *
 * @param fileBytes  the file's length
 * @param fillRate   percent of the file's blocks in use by chunks
 * @param chunksFill percent of those chunks' pages that are live
 */
record FileSpace(long fileBytes, int fillRate, int chunksFill) {
    /** Below this a file is not worth a pause, however much of it is dead: the 300-deal demo is about 5 MB. */
    static final long MIN_COMPACTED_BYTES = 32L << 20;
    /** Compact when the file would shrink to at most this percentage of its length (10,000 demo deals: 19 %). */
    static final int MAX_COMPACTED_PERCENT = 40;

    static FileSpace of(Connection connection) throws SQLException {
        long size = 0;
        int fill = 100;
        int chunks = 100;
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "info.FILE_SIZE" -> size = Long.parseLong(rs.getString(2));
                    case "info.FILL_RATE" -> fill = Integer.parseInt(rs.getString(2));
                    default -> chunks = Integer.parseInt(rs.getString(2));
                }
            }
        }
        return new FileSpace(size, fill, chunks);
    }

    /** The bytes of live pages, as H2 estimates them. */
    long liveBytes() {
        return fileBytes * fillRate / 100 * chunksFill / 100;
    }

    /**
     * The file's length once compacted, about: its live pages, which {@code SHUTDOWN COMPACT} also compresses to
     * about half (a 100,000-deal demo load: 936 MB live of 3,836 MB, 444 MB after).
     */
    long compactedBytes() {
        return liveBytes() / 2;
    }

    /** True when the file is at least {@code minBytes} and mostly dead space: worth rewriting. */
    boolean sparse(long minBytes) {
        return fileBytes >= minBytes && compactedBytes() * 100 <= fileBytes * MAX_COMPACTED_PERCENT;
    }
}
