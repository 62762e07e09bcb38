package org.fieldbook.store.change;

import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Inserts many records with one prepared statement and bound values. jOOQ's {@code batchInsert(records)}
 * renders a statement per record, which dominated bulk loads (demo data, snapshots) in profiles.
 */
public final class BatchInsert {
    private BatchInsert() {
    }

    public static <R extends TableRecord<R>> void into(DSLContext db, Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        Field<?>[] fields = table.fields();
        BatchBindStep batch = db.batch(db.insertInto(table, fields).values(new Object[fields.length]));
        for (R record : records) {
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = record.get(fields[i]);
            }
            batch.bind(values);
        }
        batch.execute();
    }
}
