package org.fieldbook.exchange;

import java.util.List;
import java.util.UUID;

/**
 * What an import did, or in a dry run would do: records created, updated and skipped (a duplicate left alone),
 * every rejected row with its reason, and the batch to undo (null for a dry run). {@code alsoCreated} counts the
 * accounts and sales reps made for rows that named ones that did not exist.
 */
public record ImportResult(ImportType type, int rows, int created, int updated, int skipped,
                           List<Rejection> rejected, int accountsCreated, int ownersCreated, UUID batchId) {
    public boolean dryRun() {
        return batchId == null;
    }
}
