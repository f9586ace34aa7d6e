package com.annexcloud.sdk.bridge.jdbc.internal;

import com.annexcloud.sdk.core.Secret;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where the store's connections come from, and its one way to use them: a unit of work in one transaction,
 * committed whole or rolled back whole. A {@link DataSource} (a pool) lends a connection per unit; a JDBC URL
 * gets one connection, kept open between units and opened again after a failure.
 */
public abstract class Database implements AutoCloseable {

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work; an exception rolls the transaction back. */
        T run(Connection connection) throws SQLException;
    }

    /** Connections borrowed from the application's data source, one per unit of work. */
    public static Database of(DataSource dataSource) {
        return new Pooled(dataSource);
    }

    /** One connection to {@code url}, opened on first use with the user and password when given. */
    public static Database of(String url, String user, Secret password) {
        return new Single(url, user, password);
    }

    /** Runs {@code work} in one transaction on a connection of this database. */
    public abstract <T> T transaction(Work<T> work) throws SQLException;

    /** Closes the connection this database opened itself, if any. */
    @Override
    public abstract void close();

    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
    }

    private static final class Pooled extends Database {
        private final DataSource dataSource;

        Pooled(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public <T> T transaction(Work<T> work) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                return inTransaction(connection, work);
            }
        }

        @Override
        public void close() {
            // the application owns its data source
        }

        @Override
        public String toString() {
            return "DataSource " + dataSource.getClass().getName();
        }
    }

    private static final class Single extends Database {
        private final String url;
        private final String user;
        private final Secret password;
        private Connection connection;

        Single(String url, String user, Secret password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public synchronized <T> T transaction(Work<T> work) throws SQLException {
            if (connection == null) {
                Properties properties = new Properties();
                if (user != null) {
                    properties.setProperty("user", user);
                }
                if (password != null) {
                    properties.setProperty("password", password.reveal());
                }
                connection = DriverManager.getConnection(url, properties);
            }
            try {
                return inTransaction(connection, work);
            } catch (SQLException e) {
                if (!connection.isValid(1)) {
                    close(); // opened again by the next unit of work
                }
                throw e;
            }
        }

        @Override
        public synchronized void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // closing a broken connection: nothing left to release
                }
                connection = null;
            }
        }

        @Override
        public String toString() {
            return JdbcUrls.redact(url) + (user == null ? "" : " as " + user);
        }
    }
}
