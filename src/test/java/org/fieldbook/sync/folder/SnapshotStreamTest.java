package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.fieldbook.sync.SnapshotCut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot files written and read as streams: sealed in chunks that cannot be dropped, reordered or cut off. */
class SnapshotStreamTest {
    private static final TeamKey KEY = TeamKey.derive("pass".toCharArray(), new byte[16], 1_000);
    private static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID WRITER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final SnapshotCut CUT = new SnapshotCut(Map.of(WRITER, 42L), 1_700_000_000_000L);

    @TempDir
    Path temp;

    @Test
    void aSealedStateOfSeveralChunksComesBackAsItWasWritten() throws Exception {
        byte[] state = incompressible(SnapshotStream.CHUNK_BYTES * 2 + 12_345); // three chunks, the last partial
        byte[] file = write(state, KEY);

        SnapshotFile.Contents read = readBytes(file, KEY);
        assertEquals(SnapshotStream.SEALED_FORMAT, read.format());
        assertEquals(CUT, read.cut());
        assertEquals(3, chunks(read).size());
        assertArrayEquals(state, readAll(read));

        Path onDisk = Files.write(temp.resolve("snap.fbsnap"), file);
        assertArrayEquals(state, readAll(SnapshotFile.read(onDisk, TEAM, KEY)));
        assertEquals(CUT, SnapshotFile.cutOf(onDisk));
    }

    @Test
    void anEmptyOrPlainStateComesBackToo() throws Exception {
        assertArrayEquals(new byte[0], readAll(readBytes(write(new byte[0], KEY), KEY)));
        byte[] state = "row\taccount\t{}\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        SnapshotFile.Contents plain = readBytes(write(state, null), null);
        assertEquals(1, plain.format());
        assertArrayEquals(state, readAll(plain));
    }

    /** The file's digest is no secret: someone who can write to the folder can recompute it after a change. */
    @Test
    void aDroppedReorderedOrMissingLastChunkIsRefusedEvenWithARecomputedDigest() throws Exception {
        byte[] file = write(incompressible(SnapshotStream.CHUNK_BYTES * 2 + 100), KEY);
        SnapshotFile.Contents read = readBytes(file, KEY);
        byte[] header = read.body().header();
        List<byte[]> chunks = chunks(read);
        byte[] end = Arrays.copyOfRange(file, file.length - 8, file.length);

        List<List<byte[]>> forgeries = List.of(
                List.of(chunks.get(0), chunks.get(2)),
                List.of(chunks.get(1), chunks.get(0), chunks.get(2)),
                List.of(chunks.get(0), chunks.get(1)),
                List.of(chunks.get(0), chunks.get(1), chunks.get(2), chunks.get(2)));
        for (List<byte[]> forged : forgeries) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (byte[] chunk : forged) {
                body.write(chunk);
            }
            byte[] reframed = Envelope.assemble(header, body.toByteArray(), end);
            SnapshotFile.Contents checked = readBytes(reframed, KEY); // the frame itself checks
            assertThrows(IOException.class, () -> readAll(checked), forged.size() + " chunks");
        }
    }

    @Test
    void aFileCutShortOrChangedAnywhereIsRefusedBeforeAnythingIsRead() throws Exception {
        byte[] file = write(incompressible(300_000), KEY);
        for (int length : new int[] {0, 10, 60, file.length / 2, file.length - 1}) {
            assertThrows(SegmentFormatException.class,
                    () -> readBytes(Arrays.copyOf(file, length), KEY), length + " bytes");
        }
        byte[] changed = file.clone();
        changed[changed.length / 2] ^= 1;
        assertThrows(SegmentFormatException.class, () -> readBytes(changed, KEY));
        TeamKey other = TeamKey.derive("other".toCharArray(), new byte[16], 1_000);
        SnapshotFile.Contents wrongKey = readBytes(file, other);
        assertThrows(IOException.class, () -> readAll(wrongKey));
    }

    /** Files written before the chunks (format 1: the body sealed as one message) are still read. */
    @Test
    void aSealedFileOfTheFirstFormatIsStillRead() throws Exception {
        byte[] state = "row\taccount\t{\"name\":\"Acme\"}\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate(8 + 2 + 2 + 16 + 16 + 8 + 4 + 24);
        header.put("FBSNP01\n".getBytes(StandardCharsets.US_ASCII)).putShort((short) 1).putShort((short) 1);
        Envelope.putId(header, TEAM);
        Envelope.putId(header, WRITER);
        header.putLong(CUT.maxHlcWall()).putInt(1);
        Envelope.putId(header, WRITER);
        header.putLong(42L);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_SPEED))) {
            out.write(state);
        }
        byte[] legacy = Envelope.assemble(header.array(), KEY.seal(deflated.toByteArray(), header.array()),
                "FBSNPEND".getBytes(StandardCharsets.US_ASCII));

        SnapshotFile.Contents read = readBytes(legacy, KEY);
        assertEquals(1, read.format());
        assertEquals(CUT, read.cut());
        assertArrayEquals(state, readAll(read));
    }

    @Test
    void aStateThatFailsHalfWayLeavesNoFileBehind() throws Exception {
        Path target = temp.resolve("device");
        Path tempFile = FolderFiles.tempFor(target, "snap-new.fbsnap");
        assertThrows(IllegalStateException.class, () -> FolderFiles.writeTemp(tempFile,
                out -> SnapshotFile.write(out, TEAM, WRITER, KEY, sink -> {
                    try {
                        sink.open(CUT).write(incompressible(100_000));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    throw new IllegalStateException("the database went away");
                })));
        try (var files = Files.list(target)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /**
     * A state several times the heap is written to a file and read back in a JVM of 32 MB: the app runs in
     * 384 MB, and a 100,000-deal snapshot is hundreds of megabytes.
     */
    @Test
    void aStateLargerThanTheHeapIsWrittenAndReadInASmallJvm() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LargeSnapshot.class.getName(), temp.resolve("large.fbsnap").toString())
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, child.exitValue(), output);
        String[] digests = output.split(" ");
        assertEquals(2, digests.length, output);
        assertEquals(digests[0], digests[1], "the state read back differs from the state written");
        assertTrue(Files.size(temp.resolve("large.fbsnap")) > 95L << 20, "the file is smaller than its state");
    }

    /** The child JVM: writes a sealed 100 MB state, reads it back; prints the digests of both. */
    static final class LargeSnapshot {
        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            MessageDigest written = Envelope.newDigest();
            try (OutputStream out = Files.newOutputStream(file)) {
                SnapshotFile.write(out, TEAM, WRITER, KEY, sink -> {
                    try (OutputStream body = sink.open(CUT)) {
                        SplittableRandom random = new SplittableRandom(7);
                        byte[] block = new byte[1 << 16];
                        for (int i = 0; i < 100 * 16; i++) {
                            random.nextBytes(block);
                            written.update(block);
                            body.write(block);
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return CUT;
                });
            }
            MessageDigest read = Envelope.newDigest();
            try (InputStream in = SnapshotFile.read(file, TEAM, KEY).state()) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    read.update(buffer, 0, n);
                }
            }
            System.out.println(HexFormat.of().formatHex(written.digest()) + " "
                    + HexFormat.of().formatHex(read.digest()));
        }
    }

    private static byte[] write(byte[] state, TeamKey key) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        SnapshotFile.write(file, TEAM, WRITER, key, sink -> {
            try (OutputStream body = sink.open(CUT)) {
                body.write(state);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return CUT;
        });
        return file.toByteArray();
    }

    private static SnapshotFile.Contents readBytes(byte[] file, TeamKey key) throws IOException,
            SegmentFormatException {
        return SnapshotFile.read(SnapshotSource.of(file), TEAM, key);
    }

    private static byte[] readAll(SnapshotFile.Contents contents) throws IOException {
        try (InputStream in = contents.state()) {
            return in.readAllBytes();
        }
    }

    private static byte[] incompressible(int length) {
        byte[] bytes = new byte[length];
        new SplittableRandom(length).nextBytes(bytes);
        return bytes;
    }

    /** The sealed chunks of a checked file's body, each with its length prefix. */
    private static List<byte[]> chunks(SnapshotFile.Contents contents) throws IOException {
        byte[] body;
        try (InputStream in = contents.body().source().range(contents.body().header().length,
                contents.body().end())) {
            body = in.readAllBytes();
        }
        List<byte[]> chunks = new java.util.ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(body);
        while (buffer.hasRemaining()) {
            int length = (buffer.getInt(buffer.position()) & 0x7fff_ffff) + 4 + TeamKey.OVERHEAD_BYTES;
            byte[] chunk = new byte[length];
            buffer.get(chunk);
            chunks.add(chunk);
        }
        return chunks;
    }
}
