package org.fieldbook.sync.folder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writing into a folder that a file-sync service watches: a file is written whole under a temporary name that
 * no reader recognises (it starts with a dot), forced to disk, then renamed to its final name, so a reader or
 * the sync service never sees half a file under a real name.
 */
final class FolderFiles {
    private FolderFiles() {
    }

    /** What writes a temporary file's content, and what it returns once written. */
    @FunctionalInterface
    interface ContentWriter<T> {
        T write(OutputStream out) throws IOException;
    }

    /** Publishes a file under a name that must not exist yet; fails if it does. Never overwrites. */
    static void publishNew(Path target, byte[] content) throws IOException {
        Path temp = tempFor(target.getParent(), target.getFileName().toString());
        writeTemp(temp, out -> {
            out.write(content);
            return null;
        });
        publishNew(temp, target);
    }

    /**
     * Publishes a written temporary file under a name that must not exist yet; fails, removing the temporary
     * file, if it does. Never overwrites.
     */
    static void publishNew(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target); // no REPLACE_EXISTING: an existing file is never overwritten
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Replaces a file that only this device writes (its ack file), atomically where the OS can. */
    static void replaceOwn(Path target, byte[] content) throws IOException {
        Path temp = tempFor(target.getParent(), target.getFileName().toString());
        writeTemp(temp, out -> {
            out.write(content);
            return null;
        });
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new temporary name in {@code folder} for a file to be called like {@code name} (creates the folder). */
    static Path tempFor(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return folder.resolve("." + name + ".tmp-" + UUID.randomUUID());
    }

    /**
     * Writes a temporary file as a stream (so a large file never sits in memory) and forces it to disk; on any
     * failure the temporary file is removed and the failure rethrown.
     */
    static <T> T writeTemp(Path temp, ContentWriter<T> writer) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            T result = writer.write(out);
            out.flush();
            channel.force(true);
            return result;
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
