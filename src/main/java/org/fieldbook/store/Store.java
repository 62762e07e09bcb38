package org.fieldbook.store;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.change.ChangedRows;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one transaction API of the local store. Every write happens inside {@link #write}. */
public final class Store {
    private static final Logger log = LoggerFactory.getLogger(Store.class);
    private final DSLContext dsl;
    private final int schemaVersion;
    private final Clock clock;
    private final List<IntConsumer> localChangeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ChangedRows>> rowListeners = new CopyOnWriteArrayList<>();

    private final Restorer restorer;
    private final Compactor compactor;

    /** Replaces the database by a snapshot's file: what {@link Database} does for its stores. */
    interface Restorer {
        void restore(java.io.InputStream plainFile, Consumer<Tx> bookkeeping, Clock clock);
    }

    /** Rewrites the database file without its dead space when that is most of it: {@link Database}'s. */
    interface Compactor {
        FileCompaction compactIfSparse(Runnable starting);
    }

    Store(DSLContext dsl, int schemaVersion, Clock clock) {
        this(dsl, schemaVersion, clock, null, null);
    }

    Store(DSLContext dsl, int schemaVersion, Clock clock, Restorer restorer, Compactor compactor) {
        this.restorer = restorer;
        this.compactor = compactor;
        this.dsl = dsl;
        this.schemaVersion = schemaVersion;
        this.clock = clock;
    }

    /** Runs {@code work} in one transaction: its rows and their change records commit together or not at all. */
    public <T> T write(Function<Tx, T> work) {
        try {
            int[] recorded = new int[1];
            ChangedRows[] changed = new ChangedRows[1];
            T committed = dsl.transactionResult(configuration -> {
                DSLContext db = configuration.dsl();
                ChangeCapture capture = new ChangeCapture(db, schemaVersion, clock::millis);
                T result = work.apply(new Tx(db, capture, clock));
                capture.flush();
                DealFacts.keepUp(db, capture.dealTouches());
                recorded[0] = capture.recorded();
                changed[0] = capture.touched();
                return result;
            });
            if (changed[0].everything() || !changed[0].byEntity().isEmpty()) {
                rowListeners.forEach(listener -> listener.accept(changed[0]));
            }
            if (recorded[0] > 0) {
                localChangeListeners.forEach(listener -> listener.accept(recorded[0]));
            }
            return committed;
        } catch (DataAccessException e) {
            throw new StoreException("error.database.write", null, "could not save: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a bulk load: {@code work} writes many large transactions in a row, each changing about
     * {@code bytesPerTransaction} of pages. Where a quarter of the heap has room for that, H2 keeps a
     * transaction's changed pages in memory until its commit instead of writing them every 19 MB, and each
     * reaches the file once (decision 0022). Elsewhere (the window's 384 MB heap) H2 writes as usual. Commits are
     * written as they always are: a crash keeps every committed one. A small write of another thread that
     * commits meanwhile writes the load's pending pages with its own, so it takes longer.
     */
    public <T> T bulkLoad(long bytesPerTransaction, Supplier<T> work) {
        AutoCommitMemory.Lease lease;
        try {
            lease = dsl.connectionResult(connection -> AutoCommitMemory.raise(connection, bytesPerTransaction));
        } catch (RuntimeException e) {
            log.warn("could not raise H2's write buffer for a bulk load; loading at H2's pace", e);
            lease = AutoCommitMemory.Lease.NONE;
        }
        try {
            return work.get();
        } finally {
            AutoCommitMemory.end(lease);
        }
    }

    /**
     * After a bulk load (demo data, an import and its undo): rewrites the database file without its dead space when
     * it is big and mostly dead space, which bulk writes leave behind (a 100,000-deal demo load: 3.8 GB, of
     * which 444 MB remain; docs/decisions/0019-compact-the-file-after-bulk-loads.md). Other threads' queries wait
     * meanwhile; call it outside any transaction. Never loses a committed write and never throws for the compaction
     * itself: a failed one leaves the file as it was.
     */
    public FileCompaction compactIfSparse() {
        return compactIfSparse(() -> { });
    }

    /** The same, calling {@code starting} first when the file is to be rewritten (and not when it is left alone). */
    public FileCompaction compactIfSparse(Runnable starting) {
        return compactor == null
                ? FileCompaction.unchanged(FileCompaction.Outcome.NO_FILE, 0, System.nanoTime())
                : compactor.compactIfSparse(starting);
    }

    /** Whether this store can take a snapshot's database file as its own ({@link #restoreDatabase}). */
    public boolean restoresDatabases() {
        return restorer != null;
    }

    /**
     * Makes a fresh replica's database a copy of a snapshot's plain H2 file, with {@code bookkeeping} run inside
     * the restored database before it is swapped in; fails, leaving the database unchanged, if this replica
     * holds any change. Listeners hear that everything changed.
     */
    public void restoreDatabase(java.io.InputStream plainFile, Consumer<Tx> bookkeeping) {
        if (restorer == null) {
            throw new IllegalStateException("this store cannot restore a database file");
        }
        restorer.restore(plainFile, bookkeeping, clock);
        ChangedRows everything = new ChangedRows(java.util.Map.of(), true);
        rowListeners.forEach(listener -> listener.accept(everything));
    }

    /**
     * Calls {@code listener} after every committed transaction that made changes on this device (with how many),
     * on the writing thread: sync uses it to share edits soon. Changes applied from peers do not count.
     */
    public void onLocalChanges(IntConsumer listener) {
        localChangeListeners.add(listener);
    }

    /**
     * Calls {@code listener} after every committed transaction that changed rows, here or by applying a
     * teammate's changes, on the writing thread: keep it short (note what changed, read it later).
     */
    public void onRowsChanged(Consumer<ChangedRows> listener) {
        rowListeners.add(listener);
    }

    public void writeVoid(Consumer<Tx> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Runs read-only {@code work} in one consistent transaction. */
    public <T> T read(Function<Tx, T> work) {
        try {
            return dsl.transactionResult(configuration -> {
                DSLContext db = configuration.dsl();
                return work.apply(new Tx(db, new ChangeCapture(db, schemaVersion, clock::millis), clock));
            });
        } catch (DataAccessException e) {
            throw new StoreException("error.database.read", null, "could not read: " + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only SQL in one consistent transaction, for {@code analytics}: its figures are aggregated in the
     * database, which repositories speaking domain types cannot do. Nothing done here is captured for sync, so
     * {@code work} must not write.
     */
    public <T> T query(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
            throw new StoreException("error.database.read", null, "could not read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent copy of the whole database to one zip file (H2's BACKUP TO, which copies the file's
     * pages while writers go on): {@code org.h2.tools.Restore} turns it back into exactly this database.
     */
    public void backupTo(java.nio.file.Path file) {
        try {
            dsl.execute("BACKUP TO ?", file.toAbsolutePath().toString());
        } catch (DataAccessException e) {
            throw new StoreException("error.backup.failed", file, "could not back up to " + file + ": "
                    + e.getMessage(), e);
        }
    }

    DSLContext dsl() {
        return dsl;
    }

    public Clock clock() {
        return clock;
    }

    public int schemaVersion() {
        return schemaVersion;
    }
}
