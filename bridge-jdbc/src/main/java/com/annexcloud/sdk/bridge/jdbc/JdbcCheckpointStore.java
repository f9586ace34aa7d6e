package com.annexcloud.sdk.bridge.jdbc;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.CheckpointUnreadableException;
import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.jdbc.internal.CheckpointWriter;
import com.annexcloud.sdk.bridge.jdbc.internal.Database;
import com.annexcloud.sdk.bridge.jdbc.internal.JdbcLease;
import com.annexcloud.sdk.bridge.jdbc.internal.Schema;
import com.annexcloud.sdk.bridge.jdbc.internal.Tables;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Sync checkpoints and job leases in a SQL database that every node running the syncs shares (tables in
 * {@code schema.sql} next to this class; tested on PostgreSQL).
 *
 * <ul>
 *   <li>Every write is one transaction: a crash leaves the previous checkpoint or the new one. A running sync's
 *       checkpoints are written by a thread of the store, the newest at most once per
 *       {@link Builder#checkpointInterval}, so the sync never waits for the database; a crash may lose the last
 *       interval's progress (those items are redone, idempotently), never half of a checkpoint.</li>
 *   <li>{@link #lease} gives one run at a time a job: a second run is refused with a
 *       {@link com.annexcloud.sdk.bridge.LeaseHeldException} naming the owner and the expiry, or waits. Expiry is
 *       on the database's clock. While a run holds its lease, this store writes that job's checkpoint only if
 *       the lease is still the run's, so a run that lost it (stalled past its expiry and taken over) cannot
 *       overwrite the new owner's checkpoint: it gets a {@link com.annexcloud.sdk.bridge.LeaseLostException}.</li>
 * </ul>
 *
 * <pre>{@code
 * CheckpointStore store = JdbcCheckpointStore.builder().dataSource(dataSource).build();
 * // or, from a URL and the environment (CHECKPOINT_DB_USER, CHECKPOINT_DB_PASSWORD):
 * CheckpointStore store = JdbcCheckpointStore.fromUrl("jdbc:postgresql://db/loyalty", System.getenv());
 * }</pre>
 *
 * <p>Thread-safe. Built from a URL, it keeps one connection of its own ({@link #close()} closes it); built
 * from a {@link DataSource}, it borrows a connection per operation.
 */
public final class JdbcCheckpointStore implements CheckpointStore, AutoCloseable {
    /** The environment variable {@link #fromUrl} reads the database user from. */
    public static final String USER_VARIABLE = "CHECKPOINT_DB_USER";
    /** The environment variable {@link #fromUrl} reads the database password from. */
    public static final String PASSWORD_VARIABLE = "CHECKPOINT_DB_PASSWORD";
    /** The environment variable that, set to {@code false}, stops {@link #fromUrl} from creating the tables. */
    public static final String CREATE_SCHEMA_VARIABLE = "CHECKPOINT_DB_CREATE_SCHEMA";

    private final Database database;
    private final String owner;
    private final Duration leaseDuration;
    private final Duration checkpointInterval;
    private final boolean createSchema;
    private final Map<String, Run> running = new ConcurrentHashMap<>();
    private volatile boolean schemaReady;

    private JdbcCheckpointStore(Builder builder) {
        this.database = builder.database;
        this.owner = builder.owner != null ? builder.owner : defaultOwner();
        this.leaseDuration = builder.leaseDuration;
        this.checkpointInterval = builder.checkpointInterval;
        this.createSchema = builder.createSchema;
    }

    /** A builder; {@link Builder#dataSource} or {@link Builder#url} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The store the example app's {@code --checkpoints jdbc:…} uses: one connection to {@code jdbcUrl}, the
     * user and password from {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} in {@code env} (either
     * may be absent), the tables created when missing unless {@value #CREATE_SCHEMA_VARIABLE} is
     * {@code false}. The JDBC driver must be on the class path.
     */
    public static JdbcCheckpointStore fromUrl(String jdbcUrl, Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String password = env.get(PASSWORD_VARIABLE);
        return builder()
                .url(jdbcUrl, env.get(USER_VARIABLE), password == null ? null : Secret.of(password))
                .createSchema(!"false".equalsIgnoreCase(env.getOrDefault(CREATE_SCHEMA_VARIABLE, "true").strip()))
                .build();
    }

    /** A run this store holds the lease of, and the writer of its checkpoints. */
    private record Run(JdbcLease lease, CheckpointWriter writer) {
    }

    @Override
    public Optional<Checkpoint> load(String jobName) {
        String job = checkJob(jobName);
        Optional.ofNullable(running.get(job)).ifPresent(run -> run.writer().flush());
        Optional<String> json = run("loading the checkpoint of " + job, c -> Tables.checkpoint(c, job));
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(json.get(), Checkpoint.class));
        } catch (IOException e) {
            throw new CheckpointUnreadableException("annexcloud_sync_checkpoint row " + job + " in " + database, e);
        }
    }

    /**
     * Writes the checkpoint in one transaction. For a job whose lease this store holds (a running sync), the write
     * happens off the calling thread, at most once per {@link Builder#checkpointInterval}, and this returns at
     * once: a crash can lose the newest checkpoints not yet written (the next run redoes those items, which the
     * syncs do idempotently), never half of one. The lease is
     * checked in the write's transaction; a write refused or failed is thrown from the next save or clear.
     */
    @Override
    public void save(String jobName, Checkpoint checkpoint) {
        String job = checkJob(jobName);
        String json = new String(Json.write(Objects.requireNonNull(checkpoint, "checkpoint")), StandardCharsets.UTF_8);
        Run run = running.get(job);
        if (run != null) {
            run.writer().submit(json);
        } else {
            write("saving the checkpoint of " + job, job, null, c -> Tables.writeCheckpoint(c, job, json));
        }
    }

    /** Removes the checkpoint, after any checkpoint of the job still being written. */
    @Override
    public void clear(String jobName) {
        String job = checkJob(jobName);
        Run run = running.get(job);
        if (run != null) {
            run.writer().flush();
        }
        write("clearing the checkpoint of " + job, job, run == null ? null : run.lease(),
                c -> Tables.deleteCheckpoint(c, job));
    }

    /**
     * Takes the job's lease for {@link Builder#leaseDuration}, renewed as the run calls {@link JobLease#renew()}.
     *
     * @throws com.annexcloud.sdk.bridge.LeaseHeldException when another run holds it after {@code wait}
     * @throws CheckpointDatabaseException when the database cannot be used
     */
    @Override
    public JobLease lease(String jobName, Duration wait) {
        String job = checkJob(jobName);
        if (wait == null || wait.isNegative()) {
            throw new IllegalArgumentException("wait must be zero or positive");
        }
        ensureSchema();
        JdbcLease lease = JdbcLease.acquire(database, job, owner, leaseDuration, wait, this::ended);
        running.put(job, new Run(lease, new CheckpointWriter("bridge-jdbc-checkpoints " + job, checkpointInterval,
                json -> write("saving the checkpoint of " + job, job, lease, c -> Tables.writeCheckpoint(c, job, json)))));
        return lease;
    }

    /** The name this store's leases carry. */
    public String owner() {
        return owner;
    }

    /** Closes the connection the store opened itself (a {@link DataSource} is left to its owner). */
    @Override
    public void close() {
        database.close();
    }

    /** A run's lease is being released: its last checkpoint is written first. */
    private void ended(JdbcLease lease) {
        Run run = running.get(lease.jobName());
        if (run != null && run.lease() == lease) {
            running.remove(lease.jobName(), run);
            run.writer().close();
        }
    }

    /** A write in its own transaction, checked in that transaction against {@code lease} when there is one. */
    private void write(String operation, String job, JdbcLease lease, Write write) {
        boolean written = run(operation, c -> {
            if (lease != null) {
                Optional<Tables.Holder> holder = Tables.holder(c, job, true);
                if (holder.isEmpty() || !holder.get().token().equals(lease.token())) {
                    return false;
                }
            }
            write.run(c);
            return true;
        });
        if (!written) {
            throw JdbcLease.lost(lease);
        }
    }

    /** A write on a connection in a transaction. */
    @FunctionalInterface
    private interface Write {
        void run(Connection connection) throws SQLException;
    }

    private <T> T run(String operation, Database.Work<T> work) {
        ensureSchema();
        try {
            return database.transaction(work);
        } catch (SQLException e) {
            throw new CheckpointDatabaseException(operation, e);
        }
    }

    private void ensureSchema() {
        if (!createSchema || schemaReady) {
            return;
        }
        synchronized (this) {
            if (!schemaReady) {
                try {
                    createTables();
                } catch (SQLException first) {
                    // nodes starting together race on CREATE TABLE IF NOT EXISTS (PostgreSQL then reports a
                    // duplicate key); once the other node's tables are there, a second try finds them
                    try {
                        createTables();
                    } catch (SQLException e) {
                        e.addSuppressed(first);
                        throw new CheckpointDatabaseException("creating the tables of schema.sql", e);
                    }
                }
                schemaReady = true;
            }
        }
    }

    private void createTables() throws SQLException {
        database.transaction(c -> {
            Schema.create(c);
            return null;
        });
    }

    private static String checkJob(String jobName) {
        if (jobName == null || jobName.isBlank() || jobName.length() > 200) {
            throw new IllegalArgumentException("jobName must be 1-200 characters");
        }
        return jobName;
    }

    private static String defaultOwner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }

    @Override
    public String toString() {
        return "JdbcCheckpointStore[" + database + ", owner " + owner + ", lease " + leaseDuration
                + ", checkpoints every " + checkpointInterval + "]";
    }

    /** Builds a {@link JdbcCheckpointStore}. */
    public static final class Builder {
        private Database database;
        private String owner;
        private Duration leaseDuration = Duration.ofMinutes(2);
        private Duration checkpointInterval = Duration.ofSeconds(1);
        private boolean createSchema;

        private Builder() {
        }

        /** The application's data source (a pool); the store borrows a connection per operation. */
        public Builder dataSource(DataSource dataSource) {
            this.database = Database.of(Objects.requireNonNull(dataSource, "dataSource"));
            return this;
        }

        /** A JDBC URL the store opens one connection to; {@code user} and {@code password} may be null. */
        public Builder url(String jdbcUrl, String user, Secret password) {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
                throw new IllegalArgumentException("a JDBC URL starts with jdbc: (such as jdbc:postgresql://host/db)");
            }
            this.database = Database.of(jdbcUrl, user, password);
            return this;
        }

        /** The name leases carry, shown to a run that is refused (host/pid by default). */
        public Builder owner(String owner) {
            if (owner == null || owner.isBlank() || owner.length() > 200) {
                throw new IllegalArgumentException("owner must be 1-200 characters");
            }
            this.owner = owner;
            return this;
        }

        /**
         * How long a lease lasts without renewal (2 minutes by default): how long a crashed run keeps the next
         * one waiting. A run renews at most every third of it as it makes progress.
         */
        public Builder leaseDuration(Duration leaseDuration) {
            if (leaseDuration == null || leaseDuration.isNegative() || leaseDuration.isZero()
                    || leaseDuration.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("leaseDuration must be positive and at most a day");
            }
            this.leaseDuration = leaseDuration;
            return this;
        }

        /**
         * At most how often a running sync's checkpoint is written (once a second by default; zero writes each
         * one as soon as the previous write is done): what a crash can cost is the items of that last interval,
         * which the next run redoes.
         */
        public Builder checkpointInterval(Duration checkpointInterval) {
            if (checkpointInterval == null || checkpointInterval.isNegative()
                    || checkpointInterval.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("checkpointInterval must be between zero and a minute");
            }
            this.checkpointInterval = checkpointInterval;
            return this;
        }

        /** Whether the store creates the tables of {@code schema.sql} when missing (off by default). */
        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        /**
         * Builds the store; it connects on first use.
         *
         * @throws IllegalStateException when neither a data source nor a URL was given
         */
        public JdbcCheckpointStore build() {
            if (database == null) {
                throw new IllegalStateException("JdbcCheckpointStore needs dataSource(DataSource) or url(String, String, Secret)");
            }
            return new JdbcCheckpointStore(this);
        }
    }
}
