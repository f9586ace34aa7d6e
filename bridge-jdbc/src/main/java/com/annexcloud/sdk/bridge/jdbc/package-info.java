/**
 * {@link com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore}: the bridge's sync checkpoints and job leases in a
 * SQL database shared by every node that runs the syncs (plain JDBC; the schema is {@code schema.sql} in this
 * package).
 */
package com.annexcloud.sdk.bridge.jdbc;
