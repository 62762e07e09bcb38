package org.fieldbook.sync.folder;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.fieldbook.sync.SnapshotCut;
import org.fieldbook.sync.SnapshotSink;

/**
 * A replica's whole state, for a new device to join from without replaying every segment. Written and read as
 * a stream ({@link SnapshotStream}): a 100,000-deal history is too large to hold in the app's memory.
 *
 * <pre>
 * header   magic "FBSNP01\n", format u16, flags u16 (1 = sealed), team id, writer device id, max clock wall u64,
 *          cursor count u32, then per device: id, last sequence u64
 * body     the deflated replica state; sealed with the team key in chunks if any (format 2, see SnapshotStream;
 *          format 1 files sealed as one message are still read)
 * footer   SHA-256 of header and body, magic "FBSNPEND"
 * </pre>
 */
public final class SnapshotFile {
    private static final byte[] MAGIC = "FBSNP01\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "FBSNPEND".getBytes(StandardCharsets.US_ASCII);
    private static final int PLAIN_FORMAT = 1;
    private static final int MAX_CURSORS = 100_000;

    private SnapshotFile() {
    }

    /** A checked snapshot: who wrote it, its cut, and its state to open as a stream. */
    public record Contents(UUID teamId, UUID writer, SnapshotCut cut, int format, TeamKey key,
                           SnapshotStream.Body body) {
        /** The plain state (JSON lines); the caller closes it. */
        public InputStream state() throws IOException {
            try {
                return body.open(key, format);
            } catch (SegmentFormatException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /**
     * Writes a snapshot to {@code file} (not closed): {@code export} computes the cut and writes the state to the
     * stream the sink opens for it. Returns the cut.
     */
    public static SnapshotCut write(OutputStream file, UUID teamId, UUID writer, TeamKey key,
                                    Function<SnapshotSink, SnapshotCut> export) {
        return export.apply(cut -> SnapshotStream.body(file, header(teamId, writer, key, cut), key, END));
    }

    private static byte[] header(UUID team, UUID writer, TeamKey key, SnapshotCut cut) {
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 2 + 2 + 16 + 16 + 8 + 4 + cut.cursors().size() * 24);
        header.put(MAGIC).putShort((short) (key == null ? PLAIN_FORMAT : SnapshotStream.SEALED_FORMAT))
                .putShort((short) (key != null ? 1 : 0));
        Envelope.putId(header, team);
        Envelope.putId(header, writer);
        header.putLong(cut.maxHlcWall()).putInt(cut.cursors().size());
        cut.cursors().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Envelope.putId(header, e.getKey());
            header.putLong(e.getValue());
        });
        return header.array();
    }

    private record Header(int format, boolean sealed, UUID team, UUID writer, SnapshotCut cut) {
    }

    private static Header readHeader(DataInputStream in, long size) throws IOException, SegmentFormatException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new SegmentFormatException("not a Fieldbook snapshot");
        }
        int format = in.readUnsignedShort();
        if (format > SnapshotStream.SEALED_FORMAT) {
            throw new SegmentFormatException("written by a newer Fieldbook");
        }
        boolean sealed = (in.readUnsignedShort() & 1) != 0;
        UUID team = new UUID(in.readLong(), in.readLong());
        UUID writer = new UUID(in.readLong(), in.readLong());
        long maxWall = in.readLong();
        int count = in.readInt();
        if (count < 0 || count > MAX_CURSORS || size < MAGIC.length + 56L + count * 24L + Envelope.FOOTER_BYTES) {
            throw new SegmentFormatException("incomplete header");
        }
        Map<UUID, Long> cursors = new HashMap<>();
        for (int i = 0; i < count; i++) {
            cursors.put(new UUID(in.readLong(), in.readLong()), in.readLong());
        }
        return new Header(format, sealed, team, writer, new SnapshotCut(cursors, maxWall));
    }

    /** Reads and checks a snapshot file in the team folder; its state is read from the file when opened. */
    public static Contents read(Path file, UUID expectedTeam, TeamKey key) throws IOException,
            SegmentFormatException {
        return read(SnapshotSource.of(file), expectedTeam, key);
    }

    /** Reads and checks a snapshot wherever its bytes are (a server's rows); its state is read when opened. */
    public static Contents read(SnapshotSource source, UUID expectedTeam, TeamKey key) throws IOException,
            SegmentFormatException {
        SnapshotStream.Checked<Header> checked = SnapshotStream.check(source, SnapshotFile::readHeader, END);
        Header header = checked.header();
        Envelope.checkTeam(header.team(), expectedTeam, header.sealed(), key);
        return new Contents(header.team(), header.writer(), header.cut(), header.format(),
                header.sealed() ? key : null, checked.body());
    }

    /** The cut of a snapshot file this device wrote, from its header alone (it is trusted). */
    static SnapshotCut cutOf(Path file) throws IOException {
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(SnapshotSource.of(file).range(0, size))) {
            return readHeader(in, size).cut();
        } catch (SegmentFormatException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
