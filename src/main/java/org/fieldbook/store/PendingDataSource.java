package org.fieldbook.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The connections of a database that is still being opened: asking for one waits until it is open. */
final class PendingDataSource implements DataSource {
    private final CompletableFuture<Database> database;

    PendingDataSource(CompletableFuture<Database> database) {
        this.database = database;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return database.join().dataSource().getConnection();
        } catch (CompletionException e) {
            throw new SQLException("the database could not be opened", e.getCause());
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
        // H2's pool logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's own timeout applies once the database is open
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
