-- The tables JdbcCheckpointStore reads and writes (bridge-jdbc). Standard SQL, tested on PostgreSQL 14.
-- JdbcCheckpointStore runs this file itself when built with createSchema(true); where the database user may
-- not create tables, run it once yourself (psql -f schema.sql) and leave createSchema off.
-- Every statement is one "CREATE TABLE IF NOT EXISTS", so running the file again changes nothing.

-- One row per job with an unfinished run: where that run stands (the bridge's Checkpoint, as JSON).
-- Written after every item or page in one transaction, so a crash leaves the previous row or the new one.
-- A finished run deletes its row.
CREATE TABLE IF NOT EXISTS annexcloud_sync_checkpoint (
    job_name   VARCHAR(200) NOT NULL PRIMARY KEY,
    checkpoint TEXT NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per job being run: who runs it (owner: host/pid by default), the token of that one run, and
-- when the lease lapses unless renewed. Times come from the database's clock, never a node's.
-- A run deletes its row when it ends; a crashed run's row is taken over once expires_at has passed.
CREATE TABLE IF NOT EXISTS annexcloud_sync_lease (
    job_name   VARCHAR(200) NOT NULL PRIMARY KEY,
    owner      VARCHAR(200) NOT NULL,
    token      VARCHAR(36) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
