package org.fieldbook.sync.folder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An immutable file of one device's consecutive change records.
 *
 * <pre>
 * header   magic "FBSEG01\n", format u16, flags u16 (1 = sealed with the team key), team id, device id,
 *          first seq, last seq, record count u32, body length u64
 * body     deflated records, each: length u32, CRC-32 u32, UTF-8 JSON; sealed with AES-GCM (the header as
 *          associated data) when the team has a passphrase
 * footer   SHA-256 of header and body, magic "FBSEGEND"
 * </pre>
 * A reader accepts a file only if every part checks; anything else is "not yet arrived" or damaged.
 */
public record Segment(UUID teamId, UUID deviceId, long firstSeq, long lastSeq, List<String> records) {
    static final int FORMAT = 1;
    private static final byte[] MAGIC = "FBSEG01\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "FBSEGEND".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 8 + 2 + 2 + 16 + 16 + 8 + 8 + 4 + 8;
    private static final int FLAG_SEALED = 1;
    private static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    public Segment {
        records = List.copyOf(records);
        if (records.size() != lastSeq - firstSeq + 1) {
            throw new IllegalArgumentException("a segment holds exactly its sequence range");
        }
    }

    public byte[] write(TeamKey key) {
        byte[] plain = deflate(frame(records));
        // the header, body length included, is the associated data of the sealed body
        byte[] header = header(key != null, key == null ? plain.length : plain.length + TeamKey.OVERHEAD_BYTES);
        byte[] body = key == null ? plain : key.seal(plain, header);
        return Envelope.assemble(header, body, END);
    }

    private byte[] header(boolean sealed, long bodyLength) {
        return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putShort((short) FORMAT)
                .putShort((short) (sealed ? FLAG_SEALED : 0))
                .putLong(teamId.getMostSignificantBits()).putLong(teamId.getLeastSignificantBits())
                .putLong(deviceId.getMostSignificantBits()).putLong(deviceId.getLeastSignificantBits())
                .putLong(firstSeq).putLong(lastSeq).putInt(records.size()).putLong(bodyLength).array();
    }

    /** Reads and checks a segment file; {@code key} is null for a team without a passphrase. */
    public static Segment read(byte[] file, UUID expectedTeam, TeamKey key) throws SegmentFormatException {
        if (file.length < HEADER_BYTES + Envelope.FOOTER_BYTES) {
            throw new SegmentFormatException("too short (" + file.length + " bytes)");
        }
        ByteBuffer in = ByteBuffer.wrap(file);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new SegmentFormatException("not a Fieldbook segment");
        }
        int format = Short.toUnsignedInt(in.getShort());
        if (format > FORMAT) {
            throw new SegmentFormatException("written by a newer Fieldbook (segment format " + format + ")");
        }
        boolean sealed = (in.getShort() & FLAG_SEALED) != 0;
        UUID team = new UUID(in.getLong(), in.getLong());
        UUID device = new UUID(in.getLong(), in.getLong());
        long first = in.getLong();
        long last = in.getLong();
        long count = Integer.toUnsignedLong(in.getInt());
        long bodyLength = in.getLong();
        if (bodyLength != file.length - HEADER_BYTES - Envelope.FOOTER_BYTES) {
            throw new SegmentFormatException("incomplete: body is "
                    + (file.length - HEADER_BYTES - Envelope.FOOTER_BYTES) + " bytes, header says " + bodyLength);
        }
        byte[] header = Arrays.copyOfRange(file, 0, HEADER_BYTES);
        byte[] body = Envelope.verifiedBody(file, HEADER_BYTES, END);
        Envelope.checkTeam(team, expectedTeam, sealed, key);
        if (first < 1 || last < first || count != last - first + 1) {
            throw new SegmentFormatException("inconsistent sequence range");
        }
        byte[] plain = sealed ? key.open(body, header) : body;
        List<String> records = unframe(inflate(plain), count);
        return new Segment(team, device, first, last, records);
    }

    private static byte[] frame(List<String> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String record : records) {
                byte[] utf8 = record.getBytes(StandardCharsets.UTF_8);
                CRC32 crc = new CRC32();
                crc.update(utf8);
                out.writeInt(utf8.length);
                out.writeInt((int) crc.getValue());
                out.write(utf8);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> unframe(byte[] framed, long count) throws SegmentFormatException {
        List<String> records = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(framed))) {
            for (long i = 0; i < count; i++) {
                int length = in.readInt();
                if (length < 0 || length > MAX_RECORD_BYTES) {
                    throw new SegmentFormatException("record " + i + " has an impossible length");
                }
                int expected = in.readInt();
                byte[] utf8 = in.readNBytes(length);
                if (utf8.length != length) {
                    throw new SegmentFormatException("record " + i + " is cut short");
                }
                CRC32 crc = new CRC32();
                crc.update(utf8);
                if ((int) crc.getValue() != expected) {
                    throw new SegmentFormatException("record " + i + " fails its CRC");
                }
                records.add(new String(utf8, StandardCharsets.UTF_8));
            }
            if (in.read() != -1) {
                throw new SegmentFormatException("bytes after the last record");
            }
        } catch (EOFException e) {
            throw new SegmentFormatException("fewer records than the header says", e);
        } catch (IOException e) {
            throw new SegmentFormatException("unreadable records", e);
        }
        return records;
    }

    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] deflated) throws SegmentFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4 + 64);
        byte[] buffer = new byte[64 * 1024];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SegmentFormatException("compressed body is cut short");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_RECORD_BYTES * 4L) {
                    throw new SegmentFormatException("body inflates beyond any real segment");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new SegmentFormatException("bytes after the compressed body");
            }
        } catch (DataFormatException e) {
            throw new SegmentFormatException("compressed body is damaged", e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
