package org.fieldbook.store;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The limit the import benchmark is held to: H2 reading the same CSV with its own CSVREAD straight into the
 * opportunity table, accounts and stages looked up by name in the same statement. No change capture, no
 * stage history, no checks beyond the table's: as fast as the database itself loads the file.
 */
public final class CsvReadBaseline {
    private CsvReadBaseline() {
    }

    /** Loads the bench's opportunity CSV (Title, Account, Stage, Amount, Close Date, Created); returns the rows. */
    public static int loadOpportunities(Store store, Path csv, UUID pipelineId) {
        return store.dsl().transactionResult(configuration -> configuration.dsl().execute("""
                INSERT INTO opportunity (id, account_id, pipeline_id, stage_id, title, amount, currency,
                    expected_close, status, closed_at, position, created_at, updated_at, deleted)
                SELECT RANDOM_UUID(), a.id, s.pipeline_id, s.id, c."Title", CAST(c."Amount" AS DECIMAL(19, 4)), 'USD',
                    CAST(c."Close Date" AS DATE), CASE s.kind WHEN 'OPEN' THEN 'OPEN' ELSE s.kind END,
                    CASE WHEN s.kind <> 'OPEN' THEN CAST(CAST(c."Close Date" AS TIMESTAMP) AS TIMESTAMP WITH TIME ZONE) END,
                    0, CAST(c."Created" AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP, FALSE
                FROM CSVREAD(?, NULL, 'charset=UTF-8') c
                JOIN account a ON a.name = c."Account"
                JOIN stage s ON s.name = c."Stage" AND s.pipeline_id = ?""",
                csv.toAbsolutePath().toString(), pipelineId));
    }
}
