package org.fieldbook.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of the open database, through which every query goes. While the file is converted to or from
 * encryption the pool behind it is closed; a query asked for meanwhile waits for the pool that replaces it.
 */
final class ConnectionSwitch implements DataSource {
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
    public Connection getConnection() throws SQLException {
        try {
            return current.join().getConnection();
        } catch (CompletionException e) {
            throw new SQLException("the database could not be reopened", e.getCause());
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the pool logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's own timeout applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("logs through SLF4J");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
