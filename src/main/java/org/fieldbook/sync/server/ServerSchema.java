package org.fieldbook.sync.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The server's schema {@code fieldbook}, created and upgraded by Fieldbook with Flyway from
 * {@code db/server} (apart from the local database's {@code db/migration}). Run as the admin who owns it.
 */
public final class ServerSchema {
    public static final String SCHEMA = "fieldbook";
    static final String LOCATION = "classpath:db/server";

    private ServerSchema() {
    }

    /** Creates or upgrades the schema; returns the migrations applied now. */
    public static int migrate(DataSource admin) {
        MigrateResult result = Flyway.configure()
                .dataSource(admin)
                .schemas(SCHEMA)
                .locations(LOCATION)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** The highest server migration applied, or 0 when the history cannot be read. */
    static int installedVersion(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT version FROM fieldbook.flyway_schema_history "
                + "WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
             ResultSet row = query.executeQuery()) {
            int version = 0;
            if (row.next()) {
                String text = row.getString(1);
                int dot = text.indexOf('.');
                version = Integer.parseInt(dot < 0 ? text : text.substring(0, dot));
            }
            db.commit();
            return version;
        }
    }
}
