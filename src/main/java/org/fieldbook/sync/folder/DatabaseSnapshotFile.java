package org.fieldbook.sync.folder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.fieldbook.sync.SnapshotCut;

/**
 * A snapshot whose body is the replica's synced state as a compact H2 database file, which a fresh device
 * restores as its database instead of replaying it row by row (docs/decisions/0016-database-snapshots.md).
 * It lies beside the JSON-lines snapshot ({@link SnapshotFile}) of the same cut, which older versions read.
 *
 * <pre>
 * header   magic "FBSDB01\n", format u16, flags u16 (1 = sealed), team id, writer device id,
 *          schema version u16 (Flyway), H2 version (u8 length, ASCII), max clock wall u64,
 *          cursor count u32, then per device: id, last sequence u64
 * body     the deflated H2 file, sealed with the team key (the header as associated data) if any
 * footer   SHA-256 of header and body, magic "FBSDBEND"
 * </pre>
 */
public final class DatabaseSnapshotFile {
    private static final byte[] MAGIC = "FBSDB01\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "FBSDBEND".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    private DatabaseSnapshotFile() {
    }

    /** A checked file: who wrote it with which schema and H2, its cut and its (plain, deflated) database. */
    public record Contents(UUID writer, int schemaVersion, String h2Version, SnapshotCut cut, byte[] deflated) {
        public InputStream database() {
            return new InflaterInputStream(new ByteArrayInputStream(deflated), new java.util.zip.Inflater(), 1 << 16);
        }
    }

    /** Writes a file: {@code export} writes the plain database file and returns the cut it was taken at. */
    public static byte[] write(UUID teamId, UUID writer, TeamKey key, int schemaVersion, String h2Version,
                               Function<OutputStream, SnapshotCut> export) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        SnapshotCut cut;
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_SPEED),
                1 << 16)) {
            cut = export.apply(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] header = header(teamId, writer, key != null, schemaVersion, h2Version, cut);
        byte[] body = key == null ? deflated.toByteArray() : key.seal(deflated.toByteArray(), header);
        return Envelope.assemble(header, body, END);
    }

    private static byte[] header(UUID team, UUID writer, boolean sealed, int schema, String h2, SnapshotCut cut) {
        byte[] h2Bytes = h2.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 2 + 2 + 16 + 16 + 2 + 1 + h2Bytes.length + 8 + 4
                + cut.cursors().size() * 24);
        header.put(MAGIC).putShort((short) FORMAT).putShort((short) (sealed ? 1 : 0));
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

    public static Contents read(byte[] file, UUID expectedTeam, TeamKey key) throws SegmentFormatException {
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new SegmentFormatException("not a Fieldbook database snapshot");
            }
            if (Short.toUnsignedInt(in.getShort()) > FORMAT) {
                throw new SegmentFormatException("written by a newer Fieldbook: update Fieldbook");
            }
            boolean sealed = (in.getShort() & 1) != 0;
            UUID team = new UUID(in.getLong(), in.getLong());
            UUID writer = new UUID(in.getLong(), in.getLong());
            int schema = Short.toUnsignedInt(in.getShort());
            byte[] h2 = new byte[Byte.toUnsignedInt(in.get())];
            in.get(h2);
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
            return new Contents(writer, schema, new String(h2, StandardCharsets.US_ASCII),
                    new SnapshotCut(cursors, maxWall), deflated);
        } catch (java.nio.BufferUnderflowException e) {
            throw new SegmentFormatException("incomplete", e);
        }
    }
}
