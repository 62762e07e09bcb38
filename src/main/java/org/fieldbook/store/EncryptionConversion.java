package org.fieldbook.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.DoubleConsumer;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Turns a closed database file from one encryption into another (plain to encrypted, encrypted to plain, one
 * key to another) so that a crash at any moment leaves the old database with its key, or the new one with its
 * own, never neither and never the new file with the old key. See docs/decisions/0014-encrypted-database.md.
 *
 * <p>The new file and key are written beside the old ones ({@code fieldbook-converted.mv.db},
 * {@code fieldbook.key.new}) and the new file is opened once; then the marker {@code fieldbook.conversion}
 * appears (written whole under another name and renamed): from that moment the new state is the truth. The
 * swap renames the new file over the old and the new key over the old (or deletes the old key), then deletes
 * the marker. Opening a folder first finishes a swap whose marker is there, or else deletes the leftovers of a
 * conversion that never reached it.
 */
final class EncryptionConversion {
    static final String CONVERTED = Database.FILE_NAME + "-converted";
    static final String MARKER = "fieldbook.conversion";
    static final String NEW_KEY = FolderKey.FILE_NAME + ".new";
    private static final int CHUNK = 1 << 18;

    /** The moments a conversion passes; tests stop the process at each. */
    enum Step { STARTED, HALF_COPIED, COPIED, VERIFIED, COMMITTED, DATABASE_SWAPPED, KEY_SWAPPED, FINISHED }

    /** Called at each step; tests use it to kill the process there. */
    interface Steps {
        Steps NONE = step -> { };

        void reached(Step step);
    }

    private EncryptionConversion() {
    }

    /**
     * Converts {@code folder}'s database, which must be closed and locked by the caller. {@code from} and
     * {@code to} are H2 file passwords ({@code null}: not encrypted); {@code newKey} is the key file of
     * {@code to}. Progress goes from 0 to 1 while the file is copied.
     */
    static void convert(Path folder, char[] from, char[] to, FolderKey newKey, DoubleConsumer progress,
                        Steps steps) {
        try {
            deleteLeftovers(folder);
            steps.reached(Step.STARTED);
            if (newKey != null) {
                writeSynced(folder.resolve(NEW_KEY), newKey.fileBytes());
            }
            copy(folder.resolve(Database.FILE_NAME + ".mv.db"), from, folder.resolve(CONVERTED + ".mv.db"), to,
                    progress, steps);
            steps.reached(Step.COPIED);
            verify(folder.resolve(CONVERTED), to);
            steps.reached(Step.VERIFIED);
            Path partial = folder.resolve(MARKER + ".partial");
            writeSynced(partial, ("to=" + (to == null ? "plain" : "encrypted") + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Files.move(partial, folder.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
            syncFolder(folder);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                deleteLeftovers(folder);
            } catch (IOException ignored) {
                // the next open deletes them: without the marker they are never used
            }
            throw new StoreException("error.encryption.failed", folder, "could not convert the database in "
                    + folder + ": " + e.getMessage() + "; it is unchanged", e);
        }
        steps.reached(Step.COMMITTED);
        finish(folder, steps);
    }

    /** True if the folder's database is (or, once its interrupted swap is finished, will be) encrypted. */
    static boolean encrypted(Path folder) {
        Path marker = folder.resolve(MARKER);
        if (Files.exists(marker)) {
            try {
                return Files.readString(marker, StandardCharsets.US_ASCII).strip().equals("to=encrypted");
            } catch (IOException e) {
                return FolderKey.present(folder);
            }
        }
        return FolderKey.present(folder);
    }

    /** Completes or undoes a conversion an earlier process left; called under the folder's lock. */
    static void recover(Path folder) {
        try {
            if (Files.exists(folder.resolve(MARKER))) {
                finish(folder, Steps.NONE);
            } else {
                deleteLeftovers(folder);
            }
        } catch (RuntimeException | IOException e) {
            throw new StoreException("error.encryption.recover", folder, "could not finish the encryption change "
                    + "left in " + folder + ": " + e.getMessage(), e);
        }
    }

    static void finish(Path folder, Steps steps) {
        try {
            boolean toEncrypted = Files.readString(folder.resolve(MARKER), StandardCharsets.US_ASCII).strip()
                    .equals("to=encrypted");
            Path converted = folder.resolve(CONVERTED + ".mv.db");
            if (Files.exists(converted)) {
                Files.move(converted, folder.resolve(Database.FILE_NAME + ".mv.db"),
                        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                syncFolder(folder);
            }
            steps.reached(Step.DATABASE_SWAPPED);
            Path newKey = folder.resolve(NEW_KEY);
            if (toEncrypted && Files.exists(newKey)) {
                Files.move(newKey, folder.resolve(FolderKey.FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else if (!toEncrypted) {
                Files.deleteIfExists(folder.resolve(FolderKey.FILE_NAME));
            }
            syncFolder(folder);
            steps.reached(Step.KEY_SWAPPED);
            Files.delete(folder.resolve(MARKER));
            syncFolder(folder);
            steps.reached(Step.FINISHED);
        } catch (IOException e) {
            throw new StoreException("error.encryption.recover", folder, "could not finish the encryption change in "
                    + folder + ": " + e.getMessage() + "; it is finished at the next start", e);
        }
    }

    static void deleteLeftovers(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(CONVERTED + ".mv.db"));
        Files.deleteIfExists(folder.resolve(CONVERTED + ".trace.db"));
        Files.deleteIfExists(folder.resolve(NEW_KEY));
        Files.deleteIfExists(folder.resolve(MARKER + ".partial"));
    }

    /**
     * Copies the file's pages through H2's own encryption layer (what H2's ChangeFileEncryption does), so the
     * new file is the same database byte for byte once decrypted: nothing is re-parsed or re-inserted.
     */
    private static void copy(Path source, char[] from, Path target, char[] to, DoubleConsumer progress,
                             Steps steps) throws IOException {
        try (FileChannel in = channel(source, from, StandardOpenOption.READ);
             FileChannel out = channel(target, to, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                     StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            boolean halfReported = false;
            for (long position = 0; position < size; ) {
                buffer.clear();
                buffer.limit((int) Math.min(CHUNK, size - position));
                while (buffer.hasRemaining()) {
                    if (in.read(buffer, position + buffer.position()) < 0) {
                        throw new IOException("the database file ended early");
                    }
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer, position + buffer.position());
                }
                position += buffer.limit();
                progress.accept((double) position / size);
                if (!halfReported && position * 2 >= size) {
                    halfReported = true;
                    out.force(true);
                    steps.reached(Step.HALF_COPIED);
                }
            }
            out.force(true);
        }
    }

    static FileChannel channel(Path file, char[] password, StandardOpenOption... options) throws IOException {
        FileChannel base = FileChannel.open(file, options);
        if (password == null) {
            return base;
        }
        return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(password), base);
    }

    /** Opens the new file read-only, as the store will, and reads its schema history. */
    private static void verify(Path base, char[] password) throws SQLException {
        java.util.Properties info = new java.util.Properties();
        info.put("user", "fieldbook");
        info.put("password", password == null ? new char[0] : passwordField(password));
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";ACCESS_MODE_DATA=r" + (password == null ? ""
                : ";CIPHER=AES");
        try (var connection = DriverManager.getConnection(url, info);
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new SQLException("the converted database has no schema");
            }
        }
    }

    /** H2's password field of an encrypted database: the file password, a space, the user's (empty). */
    static char[] passwordField(char[] filePassword) {
        char[] field = new char[filePassword.length + 1];
        System.arraycopy(filePassword, 0, field, 0, filePassword.length);
        field[filePassword.length] = ' ';
        return field;
    }

    static void writeSynced(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the renames durable; not every OS lets a folder be opened for this, and then rename is enough. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows: the rename is already durable as far as the OS promises
        }
    }
}
