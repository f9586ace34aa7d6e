package com.annexcloud.sdk.bridge.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The statements on the two tables of {@code schema.sql}, each on a connection the caller holds inside its
 * transaction. Every value is a bound parameter; every time is the database's ({@code CURRENT_TIMESTAMP}).
 */
public final class Tables {
    private Tables() {
    }

    /** The holder of a job's lease as its row says, and the database's time when it was read. */
    public record Holder(String owner, String token, Instant expiresAt, Instant seenAt) {
    }

    /** The database's clock. */
    public static Instant now(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT CURRENT_TIMESTAMP");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    /** The job's checkpoint JSON, if it has one. */
    public static Optional<String> checkpoint(Connection connection, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT checkpoint FROM annexcloud_sync_checkpoint WHERE job_name = ?")) {
            statement.setString(1, job);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Replaces (or adds) the job's checkpoint JSON. */
    public static void writeCheckpoint(Connection connection, String job, String json) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE annexcloud_sync_checkpoint SET checkpoint = ?, saved_at = CURRENT_TIMESTAMP WHERE job_name = ?")) {
            update.setString(1, json);
            update.setString(2, job);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO annexcloud_sync_checkpoint (job_name, checkpoint, saved_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, job);
            insert.setString(2, json);
            insert.executeUpdate();
        }
    }

    /** Removes the job's checkpoint. */
    public static void deleteCheckpoint(Connection connection, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM annexcloud_sync_checkpoint WHERE job_name = ?")) {
            statement.setString(1, job);
            statement.executeUpdate();
        }
    }

    /** The job's lease row, locked until the transaction ends when {@code lock}. */
    public static Optional<Holder> holder(Connection connection, String job, boolean lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT owner, token, expires_at, CURRENT_TIMESTAMP FROM annexcloud_sync_lease WHERE job_name = ?"
                        + (lock ? " FOR UPDATE" : ""))) {
            statement.setString(1, job);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new Holder(row.getString(1), row.getString(2),
                                row.getObject(3, OffsetDateTime.class).toInstant(),
                                row.getObject(4, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        }
    }

    /** Takes over the job's lease if it has expired; false when it is still held (or there is none). */
    public static boolean takeExpiredLease(Connection connection, String job, String owner, String token,
                                           Instant expiresAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE annexcloud_sync_lease"
                + " SET owner = ?, token = ?, expires_at = ? WHERE job_name = ? AND expires_at <= CURRENT_TIMESTAMP")) {
            statement.setString(1, owner);
            statement.setString(2, token);
            statement.setObject(3, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
            statement.setString(4, job);
            return statement.executeUpdate() > 0;
        }
    }

    /** Adds the job's lease; fails with an integrity-constraint violation (SQLState 23…) when one exists. */
    public static void insertLease(Connection connection, String job, String owner, String token, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO annexcloud_sync_lease (job_name, owner, token, expires_at) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, job);
            statement.setString(2, owner);
            statement.setString(3, token);
            statement.setObject(4, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }

    /** Moves the expiry of the lease with this token; false when the token no longer holds it. */
    public static boolean extendLease(Connection connection, String job, String token, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE annexcloud_sync_lease SET expires_at = ? WHERE job_name = ? AND token = ?")) {
            statement.setObject(1, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
            statement.setString(2, job);
            statement.setString(3, token);
            return statement.executeUpdate() > 0;
        }
    }

    /** Removes the lease with this token (a lease taken over by another token stays). */
    public static void deleteLease(Connection connection, String job, String token) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM annexcloud_sync_lease WHERE job_name = ? AND token = ?")) {
            statement.setString(1, job);
            statement.setString(2, token);
            statement.executeUpdate();
        }
    }
}
