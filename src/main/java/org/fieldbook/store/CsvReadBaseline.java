package org.fieldbook.store;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The limit the import benchmark is held to: H2 reading the same CSV with its own CSVREAD straight into the
 * opportunity table, accounts and stages looked up by name in the same statement. No change capture, no
 * stage history, no checks beyond the table's: as fast as the database itself loads the file. Its keys are
 * time-ordered ({@code RANDOM_UUID(7)}), as every key Fieldbook makes is: with random ones each insert lands
 * somewhere else in the primary key, and the same load took 7.7 s instead of 4.8 s.
 */
public final class CsvReadBaseline {
    private CsvReadBaseline() {
    }

    /** Loads the bench's opportunity CSV (Title, Account, Stage, Amount, CloseDate, Created); returns the rows. */
    public static int loadOpportunities(Store store, Path csv, UUID pipelineId) {
        return store.dsl().transactionResult(configuration -> insertOpportunities(configuration.dsl(), csv,
                pipelineId));
    }

    /**
     * The same load, and then, in the same transaction and by H2 alone, every other row the importer writes for
     * those deals. Those rows are their stage history (an entry into the stage at creation; a closed deal enters
     * the first open stage at creation and its won or lost stage at closing) and a CREATE change record for each
     * deal and each entry, its values as a JSON object. The same tables, indexes and rows as the import, with
     * none of its work in Java: the like-for-like limit.
     */
    public static int loadOpportunitiesWithTheirRecords(Store store, Path csv, UUID pipelineId) {
        return store.dsl().transactionResult(configuration -> {
            var db = configuration.dsl();
            int deals = insertOpportunities(db, csv, pipelineId);
            db.execute("""
                    INSERT INTO stage_change (id, opportunity_id, from_stage_id, to_stage_id, changed_at, created_at,
                        updated_at, deleted)
                    SELECT RANDOM_UUID(7), o.id, NULL,
                        CASE o.status WHEN 'OPEN' THEN o.stage_id ELSE (SELECT f.id FROM stage f
                            WHERE f.pipeline_id = o.pipeline_id AND f.kind = 'OPEN' ORDER BY f.position LIMIT 1) END,
                        o.created_at, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE
                    FROM opportunity o
                    UNION ALL
                    SELECT RANDOM_UUID(7), o.id, NULL, o.stage_id, o.closed_at, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                        FALSE
                    FROM opportunity o WHERE o.status <> 'OPEN'""");
            db.execute("""
                    INSERT INTO change_log (change_id, format, schema_version, device_id, device_seq, hlc_wall,
                        hlc_counter, entity, row_id, op, field, field_value, bases)
                    SELECT RANDOM_UUID(7), 1, ?, d.device_id, d.next_seq + ROW_NUMBER() OVER (ORDER BY o.id),
                        d.hlc_wall, 0, 'opportunity', o.id, 'CREATE', NULL, CAST(JSON_OBJECT(
                            'account_id': CAST(o.account_id AS VARCHAR), 'pipeline_id': CAST(o.pipeline_id AS VARCHAR),
                            'stage_id': CAST(o.stage_id AS VARCHAR), 'title': o.title, 'amount': o.amount,
                            'currency': o.currency, 'expected_close': CAST(o.expected_close AS VARCHAR),
                            'owner_id': NULL, 'source_channel': NULL, 'status': o.status, 'lost_reason': NULL,
                            'closed_at': CAST(o.closed_at AS VARCHAR), 'position': o.position, 'custom_fields': NULL,
                            'created_at': CAST(o.created_at AS VARCHAR) NULL ON NULL) AS VARCHAR), ''
                    FROM opportunity o, local_device d""", Database.SCHEMA_VERSION);
            db.execute("""
                    INSERT INTO change_log (change_id, format, schema_version, device_id, device_seq, hlc_wall,
                        hlc_counter, entity, row_id, op, field, field_value, bases)
                    SELECT RANDOM_UUID(7), 1, ?, d.device_id, d.next_seq + ? + ROW_NUMBER() OVER (ORDER BY s.id),
                        d.hlc_wall, 0, 'stage_change', s.id, 'CREATE', NULL, CAST(JSON_OBJECT(
                            'opportunity_id': CAST(s.opportunity_id AS VARCHAR), 'from_stage_id': NULL,
                            'to_stage_id': CAST(s.to_stage_id AS VARCHAR), 'changed_at': CAST(s.changed_at AS VARCHAR),
                            'changed_by': NULL, 'created_at': CAST(s.created_at AS VARCHAR) NULL ON NULL) AS VARCHAR), ''
                    FROM stage_change s, local_device d""", Database.SCHEMA_VERSION, deals);
            return deals;
        });
    }

    /** The rows a load of deals leaves: the deals, their stage changes, and the change records of both. */
    public static long rowsOfDeals(Store store) {
        return store.query(db -> db.fetchOne("SELECT (SELECT COUNT(*) FROM opportunity) + (SELECT COUNT(*) FROM "
                + "stage_change) + (SELECT COUNT(*) FROM change_log WHERE entity IN ('opportunity', 'stage_change'))")
                .get(0, Long.class));
    }

    private static int insertOpportunities(org.jooq.DSLContext db, Path csv, UUID pipelineId) {
        return db.execute("""
                INSERT INTO opportunity (id, account_id, pipeline_id, stage_id, title, amount, currency,
                    expected_close, status, closed_at, position, created_at, updated_at, deleted)
                SELECT RANDOM_UUID(7), a.id, s.pipeline_id, s.id, c.TITLE, CAST(c.AMOUNT AS DECIMAL(19, 4)), 'USD',
                    CAST(c.CLOSEDATE AS DATE), CASE s.kind WHEN 'OPEN' THEN 'OPEN' ELSE s.kind END,
                    CASE WHEN s.kind <> 'OPEN' THEN CAST(CAST(c.CLOSEDATE AS TIMESTAMP) AS TIMESTAMP WITH TIME ZONE) END,
                    0, CAST(c.CREATED AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP, FALSE
                FROM CSVREAD('%s', NULL, 'charset=UTF-8') c
                JOIN account a ON a.name = c.ACCOUNT
                JOIN stage s ON s.name = c.STAGE AND s.pipeline_id = ?"""
                // H2 reads a table function's arguments when it prepares the statement: the name cannot be bound
                .formatted(csv.toAbsolutePath().toString().replace("'", "''")), pipelineId);
    }
}
