package org.fieldbook.analytics;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.jooq.DSLContext;

/** The bench's baseline: SQL strings run over the store's own JDBC connection, every value read and dropped. */
final class DirectSql {
    private DirectSql() {
    }

    static long run(DSLContext db, List<String> statements) {
        return db.connectionResult(connection -> {
            long rows = 0;
            for (String sql : statements) {
                try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int column = 1; column <= columns; column++) {
                            result.getObject(column);
                        }
                        rows++;
                    }
                }
            }
            return rows;
        });
    }
}
