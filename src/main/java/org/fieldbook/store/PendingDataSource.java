package org.fieldbook.store;

import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/** The connections of a database that is still being opened: asking for one waits until it is open. */
final class PendingDataSource extends AwaitedDataSource {
    private final CompletableFuture<Database> database;

    PendingDataSource(CompletableFuture<Database> database) {
        this.database = database;
    }

    @Override
    CompletableFuture<DataSource> pool() {
        return database.thenApply(Database::dataSource);
    }

    @Override
    String failure() {
        return "the database could not be opened";
    }
}
