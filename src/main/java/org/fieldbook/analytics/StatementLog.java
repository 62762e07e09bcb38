package org.fieldbook.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;

/**
 * Runs the KPI queries as static statements (values inlined) and, while recording, keeps their SQL: the
 * bench runs exactly those strings again over plain JDBC to measure what jOOQ and the mapping add. A
 * recompute reads on two connections at once, so the statements are kept per connection ("lane"), in order.
 */
final class StatementLog {
    static final int LANES = 2;

    private final ThreadLocal<List<List<String>>> recording = new ThreadLocal<>();

    /** The calling thread's recording, to hand to the thread of the second connection; null when none. */
    List<List<String>> current() {
        return recording.get();
    }

    DSLContext wrap(DSLContext db) {
        return wrap(db, recording.get(), 0);
    }

    /** {@code db} running static statements, recorded in {@code lane} of {@code lanes} when recording. */
    DSLContext wrap(DSLContext db, List<List<String>> lanes, int lane) {
        var configuration = db.configuration().derive(new Settings().withExecuteLogging(false)
                .withStatementType(StatementType.STATIC_STATEMENT));
        if (lanes != null) {
            List<String> statements = lanes.get(lane);
            configuration = configuration.deriveAppending(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    synchronized (statements) {
                        statements.add(ctx.sql());
                    }
                }
            });
        }
        return configuration.dsl();
    }

    List<List<String>> recording(Supplier<?> work) {
        List<List<String>> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            lanes.add(new ArrayList<>());
        }
        recording.set(lanes);
        try {
            work.get();
        } finally {
            recording.remove();
        }
        return lanes.stream().map(List::copyOf).toList();
    }
}
