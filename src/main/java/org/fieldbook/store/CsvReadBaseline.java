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

    /** Loads the bench's opportunity CSV (Title, Account, Stage, Amount, CloseDate, Created); returns the rows. */
    public static int loadOpportunities(Store store, Path csv, UUID pipelineId) {
        return store.dsl().transactionResult(configuration -> configuration.dsl().execute("""
                INSERT INTO opportunity (id, account_id, pipeline_id, stage_id, title, amount, currency,
                    expected_close, status, closed_at, position, created_at, updated_at, deleted)
                SELECT RANDOM_UUID(), a.id, s.pipeline_id, s.id, c.TITLE, CAST(c.AMOUNT AS DECIMAL(19, 4)), 'USD',
                    CAST(c.CLOSEDATE AS DATE), CASE s.kind WHEN 'OPEN' THEN 'OPEN' ELSE s.kind END,
                    CASE WHEN s.kind <> 'OPEN' THEN CAST(CAST(c.CLOSEDATE AS TIMESTAMP) AS TIMESTAMP WITH TIME ZONE) END,
                    0, CAST(c.CREATED AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP, FALSE
                FROM CSVREAD('%s', NULL, 'charset=UTF-8') c
                JOIN account a ON a.name = c.ACCOUNT
                JOIN stage s ON s.name = c.STAGE AND s.pipeline_id = ?"""
                // H2 reads a table function's arguments when it prepares the statement: the name cannot be bound
                .formatted(csv.toAbsolutePath().toString().replace("'", "''")), pipelineId));
    }
}
