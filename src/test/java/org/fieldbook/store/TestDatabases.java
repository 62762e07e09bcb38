package org.fieldbook.store;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.TimeOrderedId;

/** Test support: empties a database as if it were new, with a new device id, in milliseconds. */
public final class TestDatabases {
    private static final List<String> DATA_TABLES = List.of("approval_request", "approval_rule", "quote_line", "quote",
            "company_logo", "payment", "opportunity_line",
            "product_price", "product", "opportunity_contact", "stage_change", "activity",
            "lead", "assignment_rule", "opportunity", "contact", "account", "sales_rep", "custom_field", "change_log",
            "field_version_entry", "peer", "inbox", "setting", "deal_fact");

    private TestDatabases() {
    }

    /** Deletes every row but the default pipelines and gives the device a new id. Returns that id. */
    public static UUID reset(Database database) {
        UUID device = TimeOrderedId.next();
        database.dsl().transaction(configuration -> {
            var db = configuration.dsl();
            db.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : DATA_TABLES) {
                db.execute("DELETE FROM " + table);
            }
            db.execute("UPDATE company_profile SET name = NULL, address = NULL, logo_id = NULL, terms = NULL, "
                    + "validity_days = 30");
            db.execute("SET REFERENTIAL_INTEGRITY TRUE");
            db.execute("UPDATE local_device SET device_id = ?, next_seq = 1, hlc_wall = 0, hlc_counter = 0", device);
        });
        return device;
    }

    /**
     * How many rows {@code deal_fact} holds that a full derivation from the deals and their history would not, and
     * the other way round: 0 when the store kept the facts up through every write.
     */
    public static int staleDealFacts(Database database) {
        String kept = "SELECT OPPORTUNITY_ID, FURTHEST_LEVEL, LAST_MOVE_AT, LAST_MOVE_STAGE_ID FROM DEAL_FACT";
        String derived = DealFacts.DERIVED_ALL;
        Number stale = (Number) database.dsl().fetchValue("SELECT (SELECT COUNT(*) FROM (" + derived + " EXCEPT "
                + kept + ")) + (SELECT COUNT(*) FROM (" + kept + " EXCEPT " + derived + "))");
        return stale.intValue();
    }

    /** Every row of a table as text, ordered by its first columns, for comparing replicas. */
    public static List<String> dump(Database database, String table, String... excludedColumns) {
        var result = database.dsl().fetch("SELECT * FROM " + table);
        var fields = java.util.Arrays.stream(result.fields())
                .filter(f -> !List.of(excludedColumns).contains(f.getName().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        return result.stream()
                .map(r -> fields.stream().map(f -> String.valueOf(normalise(r.get(f)))).toList().toString())
                .sorted()
                .toList();
    }

    private static Object normalise(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : value;
    }
}
