package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.OPPORTUNITY;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/** Live (not deleted) row counts of every entity, for {@code stats --json} and the status bar. */
public final class StatsQueries {
    private final DSLContext db;

    StatsQueries(DSLContext db) {
        this.db = db;
    }

    /** Entity name (as in change records, e.g. "opportunity") to its live row count, in a fixed order. */
    public Map<String, Long> liveCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (EntityMapping<?, ?> mapping : Mappings.ALL) {
            counts.put(mapping.entity(), count(mapping));
        }
        return counts;
    }

    /** Every opportunity row, tombstones included: what the opportunity table's indexes hold. */
    public long opportunityRows() {
        return db.fetchCount(OPPORTUNITY);
    }

    private static <R extends UpdatableRecord<R>> long countOf(DSLContext db, Table<R> table,
                                                              TableField<R, Boolean> deleted) {
        return db.fetchCount(table, deleted.isFalse());
    }

    private <R extends UpdatableRecord<R>> long count(EntityMapping<?, R> mapping) {
        return countOf(db, mapping.table(), mapping.deleted());
    }
}
