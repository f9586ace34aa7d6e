/**
 * Sync checkpoints and job leases in a shared SQL database:
 * {@link com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore}, for syncs run by several nodes or on a schedule.
 */
module com.annexcloud.sdk.bridge.jdbc {
    requires transitive com.annexcloud.sdk.bridge;
    requires transitive java.sql;
    requires org.slf4j;

    exports com.annexcloud.sdk.bridge.jdbc;
}
