package org.fieldbook.store.change;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;

/**
 * Inserts many records with one prepared statement and a JDBC batch. jOOQ's {@code batchInsert(records)}
 * renders a statement per record, and even its bound batch spends about a sixth of a bulk load (demo data,
 * snapshots) converting and wrapping each value; H2 takes the records' Java values as they are.
 */
public final class BatchInsert {
    /** Rows per JDBC batch: enough to amortise the round trip, small enough to keep H2's buffers small. */
    private static final int ROWS_PER_EXECUTE = 1_000;
    /** The statement of each table, rendered once: sync applies many small batches. */
    private static final Map<Table<?>, String> STATEMENTS = new ConcurrentHashMap<>();
    /**
     * The JDBC type of each column, for its nulls, worked out once too: jOOQ makes a whole configuration for
     * each {@code getSQLType()}, which was the database thread's biggest allocation in a board move.
     */
    private static final Map<Table<?>, int[]> SQL_TYPES = new ConcurrentHashMap<>();

    private BatchInsert() {
    }

    public static <R extends TableRecord<R>> void into(DSLContext db, Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        Field<?>[] fields = table.fields();
        String sql = STATEMENTS.computeIfAbsent(table,
                t -> db.render(db.insertInto(table, fields).values(new Object[fields.length])));
        int[] sqlTypes = SQL_TYPES.computeIfAbsent(table, t -> {
            int[] types = new int[fields.length];
            for (int i = 0; i < fields.length; i++) {
                types[i] = fields[i].getDataType().getSQLType();
            }
            return types;
        });
        db.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (R record : records) {
                    for (int i = 0; i < fields.length; i++) {
                        Object value = record.get(i);
                        if (value == null) {
                            insert.setNull(i + 1, sqlTypes[i]);
                        } else {
                            insert.setObject(i + 1, value);
                        }
                    }
                    insert.addBatch();
                    if (++pending == ROWS_PER_EXECUTE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            } catch (SQLException e) {
                throw new DataAccessException("batch insert into " + table.getName() + " failed", e);
            }
        });
    }
}
