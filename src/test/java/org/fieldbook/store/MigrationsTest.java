package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void schemaVersionNamesTheNewestMigration() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }
        assertEquals(newest, Database.SCHEMA_VERSION,
                "raise Database.SCHEMA_VERSION with every new migration, or databases open without it");
    }

    @Test
    void aDatabaseAtTheNewestVersionOpensAtIt(@TempDir Path folder) {
        try (Database created = Database.open(folder)) {
            assertEquals(Database.SCHEMA_VERSION, created.schemaVersion());
        }
        try (Database reopened = Database.open(folder)) {
            assertEquals(Database.SCHEMA_VERSION, reopened.schemaVersion());
            assertEquals(2, reopened.dsl().fetchCount(org.fieldbook.store.jooq.Tables.PIPELINE));
        }
    }

    @Test
    void aDatabaseMissingTheNewestMigrationsIsUpgradedOnOpen(@TempDir Path folder) {
        try (Database created = Database.open(folder)) {
            // as a database of the first version was: V4 to V17 not yet applied
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '17'");
            created.dsl().execute("DROP INDEX opportunity_status");
            created.dsl().execute("CREATE INDEX opportunity_status ON opportunity (status, closed_at)");
            created.dsl().execute("DROP INDEX activity_open_due");
            created.dsl().execute("CREATE INDEX activity_open_due ON activity (done_at, due_at)");
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '16'");
            created.dsl().execute("DROP TABLE deal_fact");
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'");
            for (String column : new String[] {"device_id", "first_seq", "last_seq"}) {
                created.dsl().execute("ALTER TABLE import_batch DROP COLUMN " + column);
            }
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '14'");
            created.dsl().execute("ALTER TABLE lead DROP COLUMN assignment_rule_id");
            created.dsl().execute("ALTER TABLE lead DROP COLUMN region");
            created.dsl().execute("DROP TABLE assignment_rule");
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '13'");
            created.dsl().execute("DROP TABLE approval_request");
            created.dsl().execute("DROP TABLE approval_rule");
            created.dsl().execute("ALTER TABLE sales_rep DROP COLUMN rep_role");
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '12'");
            for (String table : new String[] {"quote_line", "quote", "company_profile", "company_logo"}) {
                created.dsl().execute("DROP TABLE " + table);
            }
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '11'");
            for (String table : new String[] {"payment", "opportunity_line", "product_price", "product"}) {
                created.dsl().execute("DROP TABLE " + table);
            }
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '10'");
            created.dsl().execute("DROP TABLE import_batch_row");
            created.dsl().execute("DROP TABLE import_batch");
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
            created.dsl().execute("DROP TABLE custom_channel");
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'");
            created.dsl().execute("DROP INDEX activity_open_due");
            created.dsl().execute("ALTER TABLE activity DROP COLUMN lead_id");
            for (String column : new String[] {"converted_account_id", "converted_contact_id", "first_response_at",
                "custom_fields"}) {
                created.dsl().execute("ALTER TABLE lead DROP COLUMN " + column);
            }
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'");
            created.dsl().execute("DROP VIEW field_version");
            created.dsl().execute("ALTER TABLE field_version_entry RENAME TO field_version");
            created.dsl().execute("CREATE INDEX contact_account ON contact (account_id)");
            created.dsl().execute("CREATE INDEX opportunity_account ON opportunity (account_id)");
            created.dsl().execute("CREATE INDEX opportunity_contact_opportunity ON opportunity_contact (opportunity_id)");
            created.dsl().execute("CREATE INDEX stage_change_opportunity ON stage_change (opportunity_id, changed_at)");
            created.dsl().execute("CREATE INDEX activity_account ON activity (account_id)");
            created.dsl().execute("CREATE INDEX activity_opportunity ON activity (opportunity_id)");
            created.dsl().execute("DROP INDEX change_log_row");
            created.dsl().execute("CREATE INDEX change_log_row ON change_log (entity, row_id)");
            created.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5', '6')");
        }
        try (Database reopened = Database.open(folder)) {
            assertEquals(Database.SCHEMA_VERSION, reopened.schemaVersion());
            assertEquals(0, reopened.dsl().fetchCount(org.fieldbook.store.jooq.Tables.FIELD_VERSION));
            assertEquals(1, reopened.dsl().fetchCount(org.fieldbook.store.jooq.Tables.COMPANY_PROFILE),
                    "the team's one company row is there after the upgrade");
            assertEquals(0, reopened.dsl().fetchCount(org.fieldbook.store.jooq.Tables.APPROVAL_REQUEST));
        }
    }
}
