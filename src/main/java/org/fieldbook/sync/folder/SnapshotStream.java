package org.fieldbook.sync.folder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.io.input.TeeInputStream;

/**
 * Snapshot files (JSON and database) written and read as streams, so a snapshot of a 100,000-deal history
 * never sits in memory whole: the app runs in a 384 MB heap and such a snapshot is hundreds of megabytes.
 * The frame is {@link Envelope}'s (header, body, SHA-256 of both, end magic). A plain body is the deflated
 * state, as in format 1. A sealed body ({@link #SEALED_FORMAT}) is the deflated state cut into chunks of
 * {@link #CHUNK_BYTES}, each sealed on its own with the team key (one AES-GCM message needs the whole body in
 * memory to open, a chunk does not):
 *
 * <pre>
 * chunk    u32: plain length, top bit set on the last chunk; nonce; ciphertext with tag. Associated data: the
 *          file's header, the chunk's index u64 and the last-chunk flag u8, so chunks cannot be dropped,
 *          reordered, or cut off at the end
 * </pre>
 * Format 1 sealed files (one AES-GCM message for the whole body) are still read, in memory as before.
 */
final class SnapshotStream {
    /** The format of a file with a sealed body written in chunks; plain bodies keep format 1. */
    static final int SEALED_FORMAT = 2;
    static final int CHUNK_BYTES = 1 << 20;
    private static final int BUFFER = 1 << 16;
    private static final int LAST = 0x8000_0000;

    private SnapshotStream() {
    }

    /** A header parser: reads a file's header from the start of the file, returns its length in bytes. */
    interface HeaderReader<T> {
        T read(DataInputStream in, long fileSize) throws IOException, SegmentFormatException;
    }

    /**
     * The body's output: what is written to it is deflated, sealed in chunks when {@code key} is given, and
     * written to {@code file} after {@code header}; closing it writes the footer (and does not close
     * {@code file}).
     */
    static OutputStream body(OutputStream file, byte[] header, TeamKey key, byte[] end) throws IOException {
        MessageDigest digest = Envelope.newDigest();
        OutputStream digested = new DigestOutputStream(file, digest);
        digested.write(header);
        OutputStream framed = new FilterOutputStream(digested) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
                file.write(digest.digest());
                file.write(end);
                file.flush();
            }
        };
        OutputStream sealed = key == null ? framed : new ChunkSealer(framed, key, header);
        return new DeflaterOutputStream(sealed, new Deflater(Deflater.BEST_SPEED), BUFFER) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    def.end();
                }
            }
        };
    }

    /**
     * Checks a whole file — its length, end magic and digest — in one pass over it, parsing its header on the
     * way. Nothing of the body is used before the file checks.
     */
    static <T> Checked<T> check(SnapshotSource source, HeaderReader<T> headerReader, byte[] end) throws IOException,
            SegmentFormatException {
        long size = source.size();
        if (size < Envelope.FOOTER_BYTES) {
            throw new SegmentFormatException("incomplete (" + size + " bytes)");
        }
        MessageDigest digest = Envelope.newDigest();
        T header;
        ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
        try (InputStream digested = new DigestInputStream(source.range(0, size - Envelope.FOOTER_BYTES), digest)) {
            // the header is read through a copy of what it takes (its bytes are the chunks' associated data),
            // the rest of the file straight through the digest
            try {
                header = headerReader.read(new DataInputStream(new TeeInputStream(digested, headerBytes)), size);
            } catch (EOFException e) {
                throw new SegmentFormatException("incomplete header", e);
            }
            byte[] buffer = new byte[BUFFER];
            while (digested.read(buffer) > 0) {
                // digested as it is read
            }
        }
        byte[] footer;
        try (InputStream in = source.range(size - Envelope.FOOTER_BYTES, size)) {
            footer = in.readNBytes(Envelope.FOOTER_BYTES);
        }
        byte[] stored = Arrays.copyOfRange(footer, 0, footer.length - end.length);
        if (!Arrays.equals(Arrays.copyOfRange(footer, footer.length - end.length, footer.length), end)
                || !MessageDigest.isEqual(stored, digest.digest())) {
            throw new SegmentFormatException("checksum does not match (incomplete or damaged)");
        }
        return new Checked<>(header, new Body(source, headerBytes.toByteArray(), size - Envelope.FOOTER_BYTES));
    }

    record Checked<T>(T header, Body body) {
    }

    /** A checked file's body, opened as the plain (inflated) state as often as needed. */
    record Body(SnapshotSource source, byte[] header, long end) {
        /**
         * The state: {@code key} is the team's key when the file is sealed (null when not), {@code format} the
         * file's format (1: one sealed message, read in memory; 2: sealed chunks, read as a stream).
         */
        InputStream open(TeamKey key, int format) throws IOException, SegmentFormatException {
            InputStream raw = source.range(header.length, end);
            InputStream deflated;
            if (key == null) {
                deflated = raw;
            } else if (format < SEALED_FORMAT) {
                byte[] sealed;
                try (raw) {
                    sealed = raw.readAllBytes();
                }
                deflated = new ByteArrayInputStream(key.open(sealed, header));
            } else {
                deflated = new ChunkOpener(raw, key, header);
            }
            return new InflaterInputStream(deflated, new Inflater(), BUFFER) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        inf.end();
                    }
                }
            };
        }
    }

    private static byte[] chunkAssociated(byte[] header, long index, boolean last) {
        return ByteBuffer.allocate(header.length + 9).put(header).putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    /** Seals what is written to it in chunks; the last (short, or empty when nothing was written) on close. */
    private static final class ChunkSealer extends BlockOutputStream {
        private final OutputStream out;
        private final TeamKey key;
        private final byte[] header;
        private long index;

        ChunkSealer(OutputStream out, TeamKey key, byte[] header) {
            super(CHUNK_BYTES);
            this.out = out;
            this.key = key;
            this.header = header;
        }

        @Override
        protected void block(byte[] bytes, int length, boolean last) throws IOException {
            byte[] sealed = key.seal(Arrays.copyOf(bytes, length), chunkAssociated(header, index++, last));
            out.write(ByteBuffer.allocate(4).putInt(last ? length | LAST : length).array());
            out.write(sealed);
        }

        @Override
        public void close() throws IOException {
            super.close();
            out.close();
        }
    }

    /** Opens the chunks of a sealed body one by one; refuses a chunk out of place and a body without its last. */
    private static final class ChunkOpener extends InputStream {
        private final DataInputStream in;
        private final TeamKey key;
        private final byte[] header;
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean ended;

        ChunkOpener(InputStream in, TeamKey key, byte[] header) {
            this.in = new DataInputStream(in);
            this.key = key;
            this.header = header;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (position == plain.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            int prefix;
            try {
                prefix = in.readInt();
            } catch (EOFException e) {
                throw new IOException("the sealed snapshot ends before its last chunk", e);
            }
            boolean last = (prefix & LAST) != 0;
            int length = prefix & ~LAST;
            if (length > CHUNK_BYTES) {
                throw new IOException("a sealed snapshot chunk of " + length + " bytes");
            }
            byte[] sealed = in.readNBytes(length + TeamKey.OVERHEAD_BYTES);
            if (sealed.length < length + TeamKey.OVERHEAD_BYTES) {
                throw new IOException("the sealed snapshot ends inside a chunk");
            }
            try {
                plain = key.open(sealed, chunkAssociated(header, index++, last));
            } catch (SegmentFormatException e) {
                throw new IOException("a snapshot chunk does not open with this team's passphrase", e);
            }
            position = 0;
            if (last) {
                ended = true;
                if (in.read() >= 0) {
                    throw new IOException("the sealed snapshot goes on after its last chunk");
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
