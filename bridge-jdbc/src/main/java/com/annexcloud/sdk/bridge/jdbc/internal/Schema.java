package com.annexcloud.sdk.bridge.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The statements of {@code schema.sql}, the file users also run by hand, read from this jar. */
public final class Schema {
    /** Where the file is, next to the store's class. */
    public static final String RESOURCE = "/com/annexcloud/sdk/bridge/jdbc/schema.sql";

    private Schema() {
    }

    /** The file's statements, comments left out. */
    public static List<String> statements() {
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bridge-jdbc jar");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Creates the tables that are missing (each statement is {@code CREATE TABLE IF NOT EXISTS}). */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }
}
