/**
 * {@link com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore}: the checkpoints and job leases of a
 * {@link com.annexcloud.sdk.bridge.LoyaltySync} in a SQL database shared by every node that runs the syncs (plain
 * JDBC; the schema is {@code schema.sql} in this package).
 */
package com.annexcloud.sdk.bridge.jdbc;
