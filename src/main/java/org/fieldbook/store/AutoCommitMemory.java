package org.fieldbook.store;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.WeakHashMap;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many bytes of changed pages H2 keeps in memory before it writes them to the file in the middle of a
 * transaction: its MVStore's {@code autoCommitMemory}, which H2 sets to 19 MB (less in a heap under 304 MB)
 * and exposes no setting for. A bulk load raises it so that each of its transactions reaches the file once,
 * at its commit (decision 0022). Commits are written as before ({@code WRITE_DELAY=0}), so what a crash keeps
 * does not change.
 *
 * <p>Each raise is a {@link Lease} on the H2 store it changed; H2's value comes back when the last lease on
 * that store ends, whatever store the database has opened since (a compaction opens a new one). Should a
 * later H2 or JDK refuse the change, nothing is raised, a warning is logged and bulk loads run at H2's pace.
 */
final class AutoCommitMemory {
    private static final Logger log = LoggerFactory.getLogger(AutoCommitMemory.class);
    /** H2 compares four times the setting with other sizes in an int, which overflows from 512 MB. */
    static final int MAX_BYTES = 448 * 1024 * 1024;
    private static final Field FIELD = autoCommitMemoryField();
    private static final Map<MVStore, Raised> RAISED = new WeakHashMap<>();

    /** One bulk load's hold on a store's setting; {@link #NONE} where nothing was counted. */
    static final class Lease {
        static final Lease NONE = new Lease(null);
        private final MVStore store;

        private Lease(MVStore store) {
            this.store = store;
        }
    }

    private AutoCommitMemory() {
    }

    /**
     * The most a bulk load in this JVM may hold back: a quarter of the heap, so that the pages it keeps never
     * crowd out the rest, and never more than {@link #MAX_BYTES}.
     */
    static long roomForThisHeap() {
        return Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 4);
    }

    /** Whether this H2 lets the setting be raised; false means {@link #raise} leaves H2's own value. */
    static boolean adjustable() {
        return FIELD != null;
    }

    /** The setting of the H2 store behind {@code connection}, in bytes. */
    static int bytes(Connection connection) throws SQLException {
        return mvStore(connection).getAutoCommitMemory();
    }

    /**
     * Raises the setting of the store behind {@code connection} to {@code bytes} until the lease returned
     * {@link #end ends}, when this heap has room for them ({@link #roomForThisHeap}); never lowers it.
     */
    static Lease raise(Connection connection, long bytes) throws SQLException {
        MVStore store = mvStore(connection);
        if (store.getAutoCommitMemory() <= 0) { // an in-memory database: it never writes pages early
            return Lease.NONE;
        }
        synchronized (RAISED) {
            Raised raised = RAISED.computeIfAbsent(store, s -> new Raised(s.getAutoCommitMemory()));
            raised.leases++;
            if (bytes <= roomForThisHeap() && bytes > store.getAutoCommitMemory()) {
                set(store, (int) bytes);
            }
        }
        return new Lease(store);
    }

    /** Ends a lease; the last one on its store puts H2's value back. Never throws. */
    static void end(Lease lease) {
        if (lease.store == null) {
            return;
        }
        synchronized (RAISED) {
            Raised raised = RAISED.get(lease.store);
            if (raised != null && --raised.leases == 0) {
                RAISED.remove(lease.store);
                set(lease.store, raised.original);
            }
        }
    }

    private static void set(MVStore store, int bytes) {
        if (FIELD == null) {
            return;
        }
        try {
            FIELD.setInt(store, bytes);
        } catch (IllegalAccessException | RuntimeException e) {
            log.warn("could not change H2's write buffer to {} bytes; it stays at {}", bytes,
                    store.getAutoCommitMemory(), e);
        }
    }

    private static MVStore mvStore(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    private static Field autoCommitMemoryField() {
        try {
            Field field = MVStore.class.getDeclaredField("autoCommitMemory");
            if (field.getType() != int.class) {
                throw new NoSuchFieldException("autoCommitMemory is a " + field.getType());
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            log.warn("this H2 does not let bulk loads raise its write buffer; they write at H2's pace ({})",
                    e.toString());
            return null;
        }
    }

    private static final class Raised {
        final int original;
        int leases;

        Raised(int original) {
            this.original = original;
        }
    }
}
