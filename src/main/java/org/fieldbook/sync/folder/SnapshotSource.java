package org.fieldbook.sync.folder;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Where a snapshot file's bytes are — a file in the team folder, a server's rows, bytes in memory — read in
 * ranges, so that a large snapshot is never held whole.
 */
public interface SnapshotSource {
    long size() throws IOException;

    /** The bytes from {@code start} (inclusive) to {@code end} (exclusive); the caller closes the stream. */
    InputStream range(long start, long end) throws IOException;

    static SnapshotSource of(Path file) {
        return new SnapshotSource() {
            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public InputStream range(long start, long end) throws IOException {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                channel.position(start);
                return new BufferedInputStream(BoundedInputStream.builder()
                        .setInputStream(Channels.newInputStream(channel)).setMaxCount(end - start).get(), 1 << 16);
            }
        };
    }

    static SnapshotSource of(byte[] bytes) {
        return new SnapshotSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream range(long start, long end) {
                return new ByteArrayInputStream(bytes, (int) start, (int) (end - start));
            }
        };
    }
}
