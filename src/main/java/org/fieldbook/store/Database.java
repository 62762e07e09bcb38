package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.LOCAL_DEVICE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fieldbook.domain.TimeOrderedId;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local H2 database in a data folder: locked against a second Fieldbook, migrated by Flyway on open
 * ({@link DatabaseOpening}), and its file swapped under its connections for an encryption change, a restored
 * snapshot or a compaction.
 *
 * <p>Durability: H2 normally writes a commit to the file up to half a second later; a field laptop that
 * crashes or is killed must keep every committed record, so the store opens with {@code WRITE_DELAY=0}
 * and each commit reaches the file before the write returns (see docs/decisions/0002-h2-durability.md).
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "fieldbook";
    static final String BACKUP_NAME = "fieldbook-before-upgrade.zip";
    /**
     * The version of the newest Flyway file. A database already at it opens without Flyway, which at start-up
     * loads about 400 classes and scans the class path only to find nothing to do. {@code MigrationsTest}
     * fails when a new migration is added without raising this.
     */
    public static final int SCHEMA_VERSION = 17;
    /** How long a compaction waits for queries under way before it leaves the file for the next bulk load. */
    static final int COMPACTION_WAIT_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Path folder;
    private final DataFolderLock lock;
    private final ConnectionSwitch connections;
    private final DSLContext dsl;
    private final int schemaVersion;
    private HikariDataSource pool;
    /** H2's file password (random, not the passphrase: see {@link FolderKey}); null when not encrypted. */
    private char[] filePassword;

    private Database(Path folder, DataFolderLock lock, HikariDataSource pool, char[] filePassword,
                     int schemaVersion) {
        this.folder = folder;
        this.lock = lock;
        this.pool = pool;
        this.filePassword = filePassword;
        this.schemaVersion = schemaVersion;
        this.connections = new ConnectionSwitch(pool);
        this.dsl = dsl(connections);
    }

    private static DSLContext dsl(javax.sql.DataSource connections) {
        return DSL.using(connections, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /**
     * A store over a database another thread is opening, usable at once: each query waits until the database
     * is open, and fails if it could not be. The window is built while H2 opens.
     */
    public static Store storeWhenOpen(CompletableFuture<Database> opening) {
        return new Store(dsl(new PendingDataSource(opening)), SCHEMA_VERSION, Clock.systemUTC(),
                (file, bookkeeping, clock) -> opening.join().restoreSnapshot(file, bookkeeping, clock),
                starting -> opening.join().compactIfSparse(starting));
    }

    javax.sql.DataSource dataSource() {
        return connections;
    }

    /** Opens (creating if needed) the store in {@code folder}, which must not be encrypted. */
    public static Database open(Path folder) {
        return open(folder, null);
    }

    /**
     * True if the database in {@code folder} is encrypted and needs a passphrase to open: a file test, no lock,
     * no H2, so that start-up can ask for the passphrase while the toolkit starts.
     */
    public static boolean isEncrypted(Path folder) {
        return EncryptionConversion.encrypted(folder);
    }

    /**
     * Opens (creating if needed) the store in {@code folder}; fails with a {@link StoreException} a user can read
     * ("error.passphrase.wrong", "error.passphrase.needed" for an encrypted folder). {@code passphrase} is used
     * only while opening and is not kept; it may be null for a folder that is not encrypted.
     */
    public static Database open(Path folder, char[] passphrase) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new StoreException("error.dataFolder.unusable", folder,
                    "cannot create data folder " + folder + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new StoreException("error.dataFolder.unusable", folder,
                    "data folder " + folder + " is not a writable folder", null);
        }
        DataFolderLock lock = DataFolderLock.acquire(folder);
        HikariDataSource pool = null;
        char[] password = null;
        try {
            EncryptionConversion.recover(folder);
            password = FolderKey.present(folder)
                    ? FolderKey.read(folder.resolve(FolderKey.FILE_NAME)).unlock(passphrase, folder) : null;
            DatabaseOpening.Opened opened = DatabaseOpening.openMigrated(folder, password);
            pool = opened.pool();
            Database database = new Database(folder, lock, pool, password, opened.schemaVersion());
            database.ensureDevice();
            return database;
        } catch (SQLException | IOException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            lock.close();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("error.database.open", folder,
                    "cannot open the Fieldbook database in " + folder + ": " + rootMessage(e), e);
        }
    }

    /** Gives a new database its device identity; an existing one is checked by plain JDBC, off jOOQ's start-up. */
    private void ensureDevice() throws SQLException {
        boolean present;
        try (var connection = pool.getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM LOCAL_DEVICE")) {
            rs.next();
            present = rs.getInt(1) > 0;
        }
        if (!present) {
            dsl.insertInto(LOCAL_DEVICE)
                    .set(LOCAL_DEVICE.SINGLETON, 1)
                    .set(LOCAL_DEVICE.DEVICE_ID, TimeOrderedId.next())
                    .set(LOCAL_DEVICE.DEVICE_NAME, hostName())
                    .set(LOCAL_DEVICE.NEXT_SEQ, 1L)
                    .set(LOCAL_DEVICE.HLC_WALL, 0L)
                    .set(LOCAL_DEVICE.HLC_COUNTER, 0)
                    .set(LOCAL_DEVICE.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .execute();
        }
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        return name == null || name.isBlank() ? "this computer" : name;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** A store over this database, using the system clock. */
    public Store store() {
        return new Store(dsl, schemaVersion, Clock.systemUTC(), this::restoreSnapshot, this::compactIfSparse);
    }

    public Store store(Clock clock) {
        return new Store(dsl, schemaVersion, clock, this::restoreSnapshot, this::compactIfSparse);
    }

    DSLContext dsl() {
        return dsl;
    }

    public Path folder() {
        return folder;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** True if this database is encrypted. */
    public synchronized boolean encrypted() {
        return filePassword != null;
    }

    /**
     * Encrypts the database with {@code next}, or decrypts it ({@code next} null); with both, gives it a new key
     * sealed with the new passphrase. {@code current} must be the passphrase it has now (ignored if it has none).
     * Other threads' queries wait meanwhile; see {@link EncryptionConversion} for why a crash loses nothing.
     */
    public void changeEncryption(char[] current, char[] next, DoubleConsumer progress) {
        changeEncryption(current, next, progress, EncryptionConversion.Steps.NONE);
    }

    synchronized void changeEncryption(char[] current, char[] next, DoubleConsumer progress,
                                       EncryptionConversion.Steps steps) {
        char[] from = null;
        FolderKey.Created created = null;
        try {
            if (filePassword != null) {
                from = FolderKey.read(folder.resolve(FolderKey.FILE_NAME)).unlock(current, folder);
            }
            created = next == null ? null : FolderKey.create(next);
            connections.pause();
            closeWhenIdle();
            RuntimeException failure = null;
            try {
                EncryptionConversion.convert(folder, from, created == null ? null : created.filePassword(),
                        created == null ? null : created.key(), progress, steps);
            } catch (RuntimeException e) {
                failure = e;
                EncryptionConversion.recover(folder);
            }
            boolean converted = FolderKey.present(folder) ? created != null && created.key().sameAs(
                    Files.readAllBytes(folder.resolve(FolderKey.FILE_NAME))) : created == null;
            char[] now = converted ? (created == null ? null : created.filePassword().clone()) : filePassword;
            pool = DatabaseOpening.pool(folder.resolve(FILE_NAME), now);
            if (now != filePassword && filePassword != null) {
                Arrays.fill(filePassword, '\0');
            }
            filePassword = now;
            connections.resume(pool);
            if (failure != null) {
                throw failure;
            }
        } catch (RuntimeException e) {
            connections.fail(e); // no effect once resumed; else queries fail instead of waiting for ever
            throw e;
        } catch (IOException e) {
            connections.fail(e);
            throw new StoreException("error.encryption.failed", folder, "could not reopen the database in " + folder
                    + " after converting it: " + e.getMessage(), e);
        } finally {
            if (from != null) {
                Arrays.fill(from, '\0');
            }
            if (created != null) {
                Arrays.fill(created.filePassword(), '\0');
            }
        }
    }

    /**
     * Makes a snapshot's plain H2 file this fresh device's database (see {@link SnapshotRestore}); other
     * threads' queries wait meanwhile and then see the restored database.
     */
    synchronized void restoreSnapshot(java.io.InputStream plainFile, java.util.function.Consumer<Tx> bookkeeping,
                                      Clock clock) {
        connections.pause();
        try {
            while (pool.getHikariPoolMXBean().getActiveConnections() > 0) {
                Thread.sleep(20);
            }
            SnapshotRestore.prepare(folder, filePassword, pool, plainFile, bookkeeping, schemaVersion, clock);
        } catch (IOException | SQLException | RuntimeException | InterruptedException e) {
            connections.resume(pool);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new StoreException("error.database.write", folder, "could not join from the snapshot: "
                    + rootMessage(e) + "; the database is unchanged", e);
        }
        closeWhenIdle();
        try {
            EncryptionConversion.finish(folder, EncryptionConversion.Steps.NONE);
            pool = DatabaseOpening.pool(folder.resolve(FILE_NAME), filePassword);
            connections.resume(pool);
            ensureDevice();
        } catch (RuntimeException | SQLException e) {
            connections.fail(e);
            throw new StoreException("error.database.open", folder, "could not reopen the database in " + folder
                    + " after joining: " + rootMessage(e), e);
        }
    }

    /**
     * Rewrites the database file without its dead space (H2's {@code SHUTDOWN COMPACT}, which writes the new file
     * beside the old one and swaps them, so a crash leaves one or the other) when it is big and mostly dead space,
     * as bulk writes leave it: see docs/decisions/0019-compact-the-file-after-bulk-loads.md. Queries asked for
     * meanwhile wait, then run on the compacted file. Left alone when other work holds a connection for longer
     * than {@link #COMPACTION_WAIT_SECONDS}.
     */
    FileCompaction compactIfSparse(Runnable starting) {
        return compactIfSparse(FileSpace.MIN_COMPACTED_BYTES, COMPACTION_WAIT_SECONDS, starting);
    }

    /** The same, for files of at least {@code minBytes}, waiting at most {@code waitSeconds} for queries under way. */
    FileCompaction compactIfSparse(long minBytes, int waitSeconds) {
        return compactIfSparse(minBytes, waitSeconds, () -> { });
    }

    private synchronized FileCompaction compactIfSparse(long minBytes, int waitSeconds, Runnable starting) {
        long started = System.nanoTime();
        Path file = folder.resolve(FILE_NAME + ".mv.db");
        FileSpace space;
        try (var connection = pool.getConnection()) {
            space = FileSpace.of(connection);
        } catch (SQLException e) {
            log.warn("could not read the database file's fill rate; not compacting it", e);
            return FileCompaction.unchanged(FileCompaction.Outcome.FAILED, sizeOf(file), started);
        }
        if (!space.sparse(minBytes)) {
            return FileCompaction.unchanged(FileCompaction.Outcome.NOT_NEEDED, space.fileBytes(), started);
        }
        starting.run();
        connections.pause();
        if (!idleWithin(waitSeconds)) {
            connections.resume(pool);
            return FileCompaction.unchanged(FileCompaction.Outcome.BUSY, space.fileBytes(), started);
        }
        long before = sizeOf(file);
        boolean compacted = shutDownCompact(file);
        pool.close();
        try {
            pool = DatabaseOpening.pool(folder.resolve(FILE_NAME), filePassword);
            connections.resume(pool);
        } catch (RuntimeException e) {
            connections.fail(e);
            throw new StoreException("error.database.open", folder, "could not reopen the database in " + folder
                    + " after compacting it: " + rootMessage(e), e);
        }
        long after = sizeOf(file);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (compacted) {
            log.info("compacted the database file: {} MB to {} MB in {} ms", before >> 20, after >> 20,
                    took.toMillis());
        }
        return new FileCompaction(compacted ? FileCompaction.Outcome.COMPACTED : FileCompaction.Outcome.FAILED,
                before, after, took);
    }

    /** False if H2 failed to compact; either way it has closed the database, and its file is whole. */
    private boolean shutDownCompact(Path file) {
        try {
            shutDown("SHUTDOWN COMPACT");
            return true;
        } catch (SQLException e) {
            log.warn("could not compact the database file {}", file, e);
            return false;
        }
    }

    /**
     * Runs {@code SHUTDOWN} or one of its kinds on a connection of H2's own: closing one of the pool's afterwards
     * would fail, the session gone, and H2 would trace that failure in the data folder.
     */
    private void shutDown(String command) throws SQLException {
        try (var connection = pool.getDataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits for the queries under way to finish (new ones wait on the paused switch); false after the limit. */
    private boolean idleWithin(int seconds) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (pool.getHikariPoolMXBean().getActiveConnections() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Lets the queries under way finish (new ones wait), then shuts H2 down so that its file is closed. */
    private void closeWhenIdle() {
        if (!idleWithin(30)) {
            connections.resume(pool);
            throw new StoreException("error.encryption.busy", folder, Thread.currentThread().isInterrupted()
                    ? "interrupted" : "the database in " + folder + " stayed busy for 30 s: try again when nothing"
                    + " else runs", null);
        }
        try {
            shutDown("SHUTDOWN");
        } catch (SQLException e) {
            // closing the pool below closes the file as well
        }
        pool.close();
    }

    /** Closes the database: H2 closes its file when the pool's last connection goes. */
    @Override
    public synchronized void close() {
        try {
            pool.close();
        } finally {
            if (filePassword != null) {
                Arrays.fill(filePassword, '\0');
            }
            lock.close();
        }
    }
}
