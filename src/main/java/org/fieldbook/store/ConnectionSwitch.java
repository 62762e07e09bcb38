package org.fieldbook.store;

import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * The connections of the open database, through which every query goes. While the file is converted to or from
 * encryption the pool behind it is closed; a query asked for meanwhile waits for the pool that replaces it.
 */
final class ConnectionSwitch extends AwaitedDataSource {
    private volatile CompletableFuture<DataSource> current;

    ConnectionSwitch(DataSource first) {
        current = CompletableFuture.completedFuture(first);
    }

    /** From now on, asking for a connection waits until {@link #resume}. */
    void pause() {
        current = new CompletableFuture<>();
    }

    void resume(DataSource next) {
        current.complete(next);
        current = CompletableFuture.completedFuture(next);
    }

    /** Connections fail from now on, with {@code failure} as their cause. */
    void fail(Exception failure) {
        current.completeExceptionally(failure);
    }

    @Override
    CompletableFuture<DataSource> pool() {
        return current;
    }

    @Override
    String failure() {
        return "the database could not be reopened";
    }
}
