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
 * bench runs exactly those strings again over plain JDBC to measure what jOOQ and the mapping add.
 */
final class StatementLog {
    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    DSLContext wrap(DSLContext db) {
        var configuration = db.configuration().derive(new Settings().withExecuteLogging(false)
                .withStatementType(StatementType.STATIC_STATEMENT));
        if (recording.get() != null) {
            List<String> statements = recording.get();
            configuration = configuration.deriveAppending(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    statements.add(ctx.sql());
                }
            });
        }
        return configuration.dsl();
    }

    List<String> recording(Supplier<?> work) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            work.get();
        } finally {
            recording.remove();
        }
        return List.copyOf(statements);
    }
}
