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
 * transaction: its MVStore's {@code autoCommitBufferSize}, which H2 fixes at 19 MB and exposes no setting for.
 * A bulk load raises it so that each of its transactions reaches the file once, at its commit (decision 0022).
 * Commits are written as before ({@code WRITE_DELAY=0}), so what a crash keeps does not change.
 *
 * <p>Raising is counted per open H2 store: the value H2 chose comes back when the last bulk load on that store
 * ends. A store that H2 reopened meanwhile (after a compaction) has H2's own value and is left alone. Should
 * a later H2 rename the field, nothing is raised, one warning is logged and bulk loads run at H2's pace.
 */
final class WriteBuffer {
    private static final Logger log = LoggerFactory.getLogger(WriteBuffer.class);
    /** H2 compares four times the setting with other sizes in an int, which overflows from 512 MB. */
    static final int MAX_BYTES = 448 * 1024 * 1024;
    private static final Field AUTO_COMMIT_MEMORY = autoCommitMemoryField();
    private static final Map<MVStore, Raised> RAISED = new WeakHashMap<>();

    private WriteBuffer() {
    }

    /**
     * The most a bulk load in this JVM may hold back: a quarter of the heap, so that the pages it keeps never
     * crowd out the rest, and never more than {@link #MAX_BYTES}.
     */
    static int roomForThisHeap() {
        return (int) Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 4);
    }

    /** Whether this H2 lets the buffer be raised; false means {@link #raise} leaves H2's own value. */
    static boolean adjustable() {
        return AUTO_COMMIT_MEMORY != null;
    }

    /** The buffer of the H2 store behind {@code connection}, in bytes. */
    static int bytes(Connection connection) throws SQLException {
        return mvStore(connection).getAutoCommitMemory();
    }

    /**
     * Raises the buffer of the store behind {@code connection} to {@code bytes} until the matching
     * {@link #restore}, when this heap has room for them ({@link #roomForThisHeap}); never lowers it.
     */
    static void raise(Connection connection, int bytes) throws SQLException {
        MVStore store = mvStore(connection);
        synchronized (RAISED) {
            Raised raised = RAISED.computeIfAbsent(store, s -> new Raised(s.getAutoCommitMemory()));
            raised.loads++;
            if (AUTO_COMMIT_MEMORY != null && bytes <= roomForThisHeap() && bytes > store.getAutoCommitMemory()) {
                set(store, bytes);
            }
        }
    }

    /** Ends one {@link #raise} on the store behind {@code connection}; the last one puts H2's value back. */
    static void restore(Connection connection) throws SQLException {
        MVStore store = mvStore(connection);
        synchronized (RAISED) {
            Raised raised = RAISED.get(store);
            if (raised != null && --raised.loads == 0) {
                RAISED.remove(store);
                set(store, raised.original);
            }
        }
    }

    private static void set(MVStore store, int bytes) {
        try {
            AUTO_COMMIT_MEMORY.setInt(store, bytes);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("H2's write buffer became unwritable after it was opened", e);
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
        int loads;

        Raised(int original) {
            this.original = original;
        }
    }
}
