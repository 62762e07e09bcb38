package org.fieldbook.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * One-file backups of a data folder's database, kept in its {@code backups/} folder: on demand, once a day and
 * before a schema upgrade, the newest N kept. A restore first backs up what is there, and puts it back if the
 * backup cannot be opened.
 */
public final class DatabaseBackups {
    public static final String FOLDER = "backups";
    public static final int DEFAULT_KEEP = 7;
    static final String KEEP_SETTING = "backup.keep";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private DatabaseBackups() {
    }

    static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /** Where a backup of {@code reason} ("daily", "before-restore", "before-upgrade") made at {@code at} goes. */
    static Path fileFor(Path dataFolder, String reason, Instant at) {
        String base = "fieldbook-" + reason + "-" + STAMP.format(at);
        Path file = folder(dataFolder).resolve(base + ".zip");
        // never over an existing backup: it may be the very file a restore is reading
        for (int n = 2; Files.exists(file); n++) {
            file = folder(dataFolder).resolve(base + "-" + n + ".zip");
        }
        return file;
    }

    /**
     * Backs up to {@code file}: written under a temporary name and renamed, so a half-written backup never looks
     * whole. H2's backup of an encrypted database holds the file as it is on disk, encrypted; the folder's key
     * file goes into the zip with it, so the backup opens with the passphrase of the day it was made, and only so.
     */
    public static Path backup(Store store, Path dataFolder, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            Path keyFile = dataFolder.resolve(FolderKey.FILE_NAME);
            byte[] key = Files.exists(keyFile) ? Files.readAllBytes(keyFile) : null;
            store.backupTo(partial);
            if (key != null) {
                if (!FolderKey.read(keyFile).sameAs(key)) {
                    throw new IOException("the passphrase changed while backing up; back up again");
                }
                withKey(partial, key);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new StoreException("error.backup.failed", file, "could not back up to " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** The daily backup, if the newest one in {@code backups/} is a day old or there is none; then prunes. */
    public static Optional<Path> backupIfDue(Store store, Path dataFolder) {
        Instant now = store.clock().instant();
        List<Path> existing = backups(dataFolder);
        boolean due = existing.isEmpty() || modified(existing.get(0)).isBefore(now.minusSeconds(24 * 3600));
        Optional<Path> made = due ? Optional.of(backup(store, dataFolder, fileFor(dataFolder, "daily", now)))
                : Optional.empty();
        prune(dataFolder, store.read(tx -> tx.settings().get(KEEP_SETTING)).map(Integer::valueOf).orElse(DEFAULT_KEEP));
        return made;
    }

    /** How many backups to keep (at least 1). */
    public static void keep(Store store, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        store.writeVoid(tx -> tx.settings().put(KEEP_SETTING, Integer.toString(count)));
    }

    /** The backups in the folder, newest first. */
    public static List<Path> backups(Path dataFolder) {
        List<Path> found = new ArrayList<>();
        Path folder = folder(dataFolder);
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "fieldbook-*.zip")) {
            files.forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(DatabaseBackups::modified).reversed());
        return found;
    }

    static void prune(Path dataFolder, int keep) {
        List<Path> all = backups(dataFolder);
        for (Path old : all.subList(Math.min(all.size(), keep), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // a backup that cannot be deleted now is tried again after the next one
            }
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * Replaces the database of {@code dataFolder} (which must not be open) with the one in {@code backupFile}.
     * The current database is backed up into {@code backups/} first and is put back if the restored one does not
     * open. Returns the backup of the data that was there, if there was any.
     */
    public static Optional<Path> restore(Path dataFolder, Path backupFile) {
        return restore(dataFolder, backupFile, null);
    }

    /**
     * As {@link #restore(Path, Path)}, for folders or backups that are encrypted: {@code passphrase} opens the
     * current data (to back it up) and the restored data, so both must have it.
     */
    public static Optional<Path> restore(Path dataFolder, Path backupFile, char[] passphrase) {
        checkIsBackup(backupFile);
        Path current = dataFolder.resolve(Database.FILE_NAME + ".mv.db");
        Path currentKey = dataFolder.resolve(FolderKey.FILE_NAME);
        Optional<Path> saved = Optional.empty();
        if (Files.exists(current)) {
            try (Database database = Database.open(dataFolder, passphrase)) {
                Store store = database.store();
                saved = Optional.of(backup(store, dataFolder,
                        fileFor(dataFolder, "before-restore", store.clock().instant())));
            }
        }
        Path aside = dataFolder.resolve(Database.FILE_NAME + ".mv.db.before-restore");
        Path keyAside = dataFolder.resolve(FolderKey.FILE_NAME + ".before-restore");
        try {
            if (Files.exists(current)) {
                Files.move(current, aside, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.exists(currentKey)) {
                Files.move(currentKey, keyAside, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(dataFolder);
            org.h2.tools.Restore.execute(backupFile.toAbsolutePath().toString(), dataFolder.toAbsolutePath().toString(),
                    Database.FILE_NAME);
            restoreKey(backupFile, currentKey);
            try (Database restored = Database.open(dataFolder, passphrase)) {
                restored.schemaVersion(); // opened and, if it came from an older Fieldbook, upgraded
            }
            Files.deleteIfExists(aside);
            Files.deleteIfExists(keyAside);
            return saved;
        } catch (IOException | RuntimeException e) {
            try {
                if (Files.exists(aside)) {
                    Files.move(aside, current, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(current); // the folder was empty: leave it so, not half-restored
                }
                Files.deleteIfExists(currentKey);
                if (Files.exists(keyAside)) {
                    Files.move(keyAside, currentKey, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException ignored) {
                // the data is still in the before-restore backup
            }
            if (e instanceof StoreException store && java.util.Set.of("error.passphrase.wrong",
                    "error.passphrase.needed", "error.passphrase.keyFile").contains(store.messageKey())) {
                throw new StoreException(store.messageKey(), backupFile, "could not restore " + backupFile + ": "
                        + e.getMessage() + "; the data from before is kept", e);
            }
            throw new StoreException("error.restore.failed", backupFile, "could not restore " + backupFile + ": "
                    + e.getMessage() + "; the data from before is kept", e);
        }
    }

    /** Puts H2's backup zip back together with the key file as its first entry. */
    static void withKey(Path zip, byte[] key) throws IOException {
        Path rewritten = zip.resolveSibling(zip.getFileName() + ".key");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(rewritten))) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED); // encrypted pages do not compress
            out.putNextEntry(new java.util.zip.ZipEntry(FolderKey.FILE_NAME));
            out.write(key);
            out.closeEntry();
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The restored database's key: the backup's own, or none for a backup of a folder that was not encrypted. */
    private static void restoreKey(Path backupFile, Path keyFile) throws IOException {
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            var entry = zip.getEntry(FolderKey.FILE_NAME);
            if (entry == null) {
                Files.deleteIfExists(keyFile);
                return;
            }
            try (var in = zip.getInputStream(entry)) {
                Files.write(keyFile, in.readAllBytes());
            }
        }
    }

    /** True if the backup holds an encrypted database (and its sealed key). */
    public static boolean encrypted(Path backupFile) {
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            return zip.getEntry(FolderKey.FILE_NAME) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkIsBackup(Path backupFile) {
        if (!Files.isRegularFile(backupFile)) {
            throw new StoreException("error.restore.notBackup", backupFile, "no backup file " + backupFile, null);
        }
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            if (zip.getEntry(Database.FILE_NAME + ".mv.db") == null) {
                throw new StoreException("error.restore.notBackup", backupFile, backupFile
                        + " is not a Fieldbook backup", null);
            }
        } catch (IOException e) {
            throw new StoreException("error.restore.notBackup", backupFile, backupFile + " is not a Fieldbook backup", e);
        }
    }
}
