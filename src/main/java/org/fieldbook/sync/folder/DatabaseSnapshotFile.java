package org.fieldbook.sync.folder;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.fieldbook.sync.SnapshotCut;
import org.fieldbook.sync.SnapshotSink;

/**
 * A snapshot whose body is the replica's synced state as a compact H2 database file, which a fresh device
 * restores as its database instead of replaying it row by row (docs/decisions/0016-database-snapshots.md).
 * It lies beside the JSON-lines snapshot ({@link SnapshotFile}) of the same cut, which older versions read.
 * Written and read as a stream, like it ({@link SnapshotStream}).
 *
 * <pre>
 * header   magic "FBSDB01\n", format u16, flags u16 (1 = sealed), team id, writer device id,
 *          schema version u16 (Flyway), H2 version (u8 length, ASCII), max clock wall u64,
 *          cursor count u32, then per device: id, last sequence u64
 * body     the deflated H2 file; sealed with the team key in chunks if any (format 2, see SnapshotStream;
 *          format 1 files sealed as one message are still read)
 * footer   SHA-256 of header and body, magic "FBSDBEND"
 * </pre>
 */
public final class DatabaseSnapshotFile {
    private static final byte[] MAGIC = "FBSDB01\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "FBSDBEND".getBytes(StandardCharsets.US_ASCII);
    private static final int PLAIN_FORMAT = 1;
    private static final int MAX_CURSORS = 100_000;

    private DatabaseSnapshotFile() {
    }

    /** A checked file: who wrote it with which schema and H2, its cut, and its database to open as a stream. */
    public record Contents(UUID writer, int schemaVersion, String h2Version, SnapshotCut cut, int format,
                           TeamKey key, SnapshotStream.Body body) {
        /** The plain H2 file; the caller closes it. */
        public InputStream database() throws IOException {
            try {
                return body.open(key, format);
            } catch (SegmentFormatException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /**
     * Writes a file to {@code file} (not closed): {@code export} computes the cut and writes the plain database
     * file to the stream the sink opens for it. Returns the cut.
     */
    public static SnapshotCut write(OutputStream file, UUID teamId, UUID writer, TeamKey key, int schemaVersion,
                                    String h2Version, Function<SnapshotSink, SnapshotCut> export) {
        return export.apply(cut -> SnapshotStream.body(file,
                header(teamId, writer, key, schemaVersion, h2Version, cut), key, END));
    }

    private static byte[] header(UUID team, UUID writer, TeamKey key, int schema, String h2, SnapshotCut cut) {
        byte[] h2Bytes = h2.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 2 + 2 + 16 + 16 + 2 + 1 + h2Bytes.length + 8 + 4
                + cut.cursors().size() * 24);
        header.put(MAGIC).putShort((short) (key == null ? PLAIN_FORMAT : SnapshotStream.SEALED_FORMAT))
                .putShort((short) (key != null ? 1 : 0));
        Envelope.putId(header, team);
        Envelope.putId(header, writer);
        header.putShort((short) schema).put((byte) h2Bytes.length).put(h2Bytes);
        header.putLong(cut.maxHlcWall()).putInt(cut.cursors().size());
        cut.cursors().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Envelope.putId(header, e.getKey());
            header.putLong(e.getValue());
        });
        return header.array();
    }

    private record Header(int format, boolean sealed, UUID team, UUID writer, int schema, String h2,
                          SnapshotCut cut) {
    }

    private static Header readHeader(DataInputStream in, long size) throws IOException, SegmentFormatException {
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
            throw new SegmentFormatException("not a Fieldbook database snapshot");
        }
        int format = in.readUnsignedShort();
        if (format > SnapshotStream.SEALED_FORMAT) {
            throw new SegmentFormatException("written by a newer Fieldbook: update Fieldbook");
        }
        boolean sealed = (in.readUnsignedShort() & 1) != 0;
        UUID team = new UUID(in.readLong(), in.readLong());
        UUID writer = new UUID(in.readLong(), in.readLong());
        int schema = in.readUnsignedShort();
        byte[] h2 = in.readNBytes(in.readUnsignedByte());
        long maxWall = in.readLong();
        int count = in.readInt();
        if (count < 0 || count > MAX_CURSORS || size < count * 24L + Envelope.FOOTER_BYTES) {
            throw new SegmentFormatException("incomplete header");
        }
        Map<UUID, Long> cursors = new HashMap<>();
        for (int i = 0; i < count; i++) {
            cursors.put(new UUID(in.readLong(), in.readLong()), in.readLong());
        }
        return new Header(format, sealed, team, writer, schema, new String(h2, StandardCharsets.US_ASCII),
                new SnapshotCut(cursors, maxWall));
    }

    /** Reads and checks a file in the team folder; its database is read from the file when opened. */
    public static Contents read(Path file, UUID expectedTeam, TeamKey key) throws IOException,
            SegmentFormatException {
        SnapshotStream.Checked<Header> checked = SnapshotStream.check(SnapshotSource.of(file),
                DatabaseSnapshotFile::readHeader, END);
        Header header = checked.header();
        Envelope.checkTeam(header.team(), expectedTeam, header.sealed(), key);
        return new Contents(header.writer(), header.schema(), header.h2(), header.cut(), header.format(),
                header.sealed() ? key : null, checked.body());
    }
}
