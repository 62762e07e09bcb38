package org.fieldbook.sync.folder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.fieldbook.sync.SnapshotCut;

/**
 * A replica's whole state, for a new device to join from without replaying every segment.
 *
 * <pre>
 * header   magic "FBSNP01\n", format u16, flags u16 (1 = sealed), team id, writer device id, max clock wall u64,
 *          cursor count u32, then per device: id, last sequence u64
 * body     the deflated replica state, sealed with the team key (the header as associated data) if any
 * footer   SHA-256 of header and body, magic "FBSNPEND"
 * </pre>
 */
public final class SnapshotFile {
    private static final byte[] MAGIC = "FBSNP01\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "FBSNPEND".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    private SnapshotFile() {
    }

    /** A checked snapshot: its cut and its (plain, still deflated) state. */
    public record Contents(UUID teamId, UUID writer, SnapshotCut cut, byte[] deflatedState) {
        public InputStream state() {
            return new InflaterInputStream(new ByteArrayInputStream(deflatedState));
        }
    }

    /** Writes a snapshot: {@code export} writes the state and returns the cut it was taken at. */
    public static byte[] write(UUID teamId, UUID writer, TeamKey key,
                               java.util.function.Function<java.io.OutputStream, SnapshotCut> export) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        SnapshotCut cut;
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_SPEED),
                64 * 1024)) {
            cut = export.apply(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] header = header(teamId, writer, key != null, cut);
        byte[] body = key == null ? deflated.toByteArray() : key.seal(deflated.toByteArray(), header);
        return Envelope.assemble(header, body, END);
    }

    private static byte[] header(UUID team, UUID writer, boolean sealed, SnapshotCut cut) {
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 2 + 2 + 16 + 16 + 8 + 4 + cut.cursors().size() * 24);
        header.put(MAGIC).putShort((short) FORMAT).putShort((short) (sealed ? 1 : 0));
        Envelope.putId(header, team);
        Envelope.putId(header, writer);
        header.putLong(cut.maxHlcWall()).putInt(cut.cursors().size());
        cut.cursors().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Envelope.putId(header, e.getKey());
            header.putLong(e.getValue());
        });
        return header.array();
    }

    public static Contents read(byte[] file, UUID expectedTeam, TeamKey key) throws SegmentFormatException {
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new SegmentFormatException("not a Fieldbook snapshot");
            }
            if (Short.toUnsignedInt(in.getShort()) > FORMAT) {
                throw new SegmentFormatException("written by a newer Fieldbook");
            }
            boolean sealed = (in.getShort() & 1) != 0;
            UUID team = new UUID(in.getLong(), in.getLong());
            UUID writer = new UUID(in.getLong(), in.getLong());
            long maxWall = in.getLong();
            int count = in.getInt();
            if (count < 0 || count > 100_000 || in.remaining() < count * 24L + Envelope.FOOTER_BYTES) {
                throw new SegmentFormatException("incomplete header");
            }
            Map<UUID, Long> cursors = new HashMap<>();
            for (int i = 0; i < count; i++) {
                cursors.put(new UUID(in.getLong(), in.getLong()), in.getLong());
            }
            byte[] header = Arrays.copyOfRange(file, 0, in.position());
            byte[] body = Envelope.verifiedBody(file, header.length, END);
            Envelope.checkTeam(team, expectedTeam, sealed, key);
            byte[] deflated = sealed ? key.open(body, header) : body;
            return new Contents(team, writer, new SnapshotCut(cursors, maxWall), deflated);
        } catch (java.nio.BufferUnderflowException e) {
            throw new SegmentFormatException("incomplete", e);
        }
    }

    /** The coverage of a snapshot file just written (its header is trusted: this device wrote it). */
    public static long coverageOf(byte[] file) {
        return readCursors(file).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The last sequence of {@code device} a snapshot file holds, from its header. */
    static long cursorOf(byte[] file, UUID device) {
        return readCursors(file).getOrDefault(device, 0L);
    }

    private static Map<UUID, Long> readCursors(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        in.position(MAGIC.length + 2 + 2 + 16 + 16 + 8);
        int count = in.getInt();
        Map<UUID, Long> cursors = new HashMap<>();
        for (int i = 0; i < count; i++) {
            cursors.put(new UUID(in.getLong(), in.getLong()), in.getLong());
        }
        return cursors;
    }
}
