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
 * A data source whose connections come from a pool that may not be there yet: asking for a connection waits
 * for {@link #pool()} to complete. The rest of {@link DataSource} is the pool's business (it logs through SLF4J
 * and has its own timeouts), so it is answered here once.
 */
abstract class AwaitedDataSource implements DataSource {
    /** The pool connections come from, once it is there. */
    abstract CompletableFuture<? extends DataSource> pool();

    /** What went wrong when {@link #pool()} failed, for the exception the caller sees. */
    abstract String failure();

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return pool().join().getConnection();
        } catch (CompletionException e) {
            throw new SQLException(failure(), e.getCause());
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
