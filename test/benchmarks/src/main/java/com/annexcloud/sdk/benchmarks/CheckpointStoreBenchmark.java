package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.RequestListener;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * What keeping checkpoints and the job lease in PostgreSQL adds to an Annex Cloud → Gorgias re-run over members
 * whose cards Gorgias already holds (one checkpoint write per member), against the same re-run with the in-memory
 * store, measured in the same process, alternating (memory, JDBC, JDBC, memory, …) so drift cancels out.
 * PostgreSQL is zonky's embedded server with {@code fsync} and {@code synchronous_commit} on (its defaults are
 * off), reached over loopback through {@link JdbcCheckpointStore#fromUrl}; or the server at
 * {@code CHECKPOINT_BENCH_URL} with {@code CHECKPOINT_DB_USER}/{@code CHECKPOINT_DB_PASSWORD}.
 *
 * <p>Run: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * com.annexcloud.sdk.benchmarks.CheckpointStoreBenchmark [members] [concurrency] [latencyMs] [pairs]}.
 */
public final class CheckpointStoreBenchmark {
    private CheckpointStoreBenchmark() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void main(String[] args) throws Exception {
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        BenchEnvironment.tuneJdkHttpServer();
        String externalUrl = System.getenv("CHECKPOINT_BENCH_URL");
        EmbeddedPostgres embedded = externalUrl == null ? EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start() : null;
        String url = externalUrl != null ? externalUrl : embedded.getJdbcUrl("postgres", "postgres");
        SyncedMembers synced = SyncedMembers.start(args);
        SyncOptions options = SyncOptions.builder().concurrency(synced.concurrency()).build();
        try (BenchEnvironment env = new BenchEnvironment(synced.sandbox(), Optional.empty(), RequestListener.none());
             JdbcCheckpointStore jdbc = JdbcCheckpointStore.fromUrl(url, System.getenv())) {
            printSettings(embedded);
            List<Double> memorySeconds = new ArrayList<>();
            List<Double> jdbcSeconds = new ArrayList<>();
            TimedStore timedJdbc = new TimedStore(jdbc);
            for (int run = 0; run < 2 * pairs; run++) {
                boolean useJdbc = run % 4 == 1 || run % 4 == 2;
                CheckpointStore store = useJdbc ? timedJdbc : CheckpointStore.inMemory();
                LoyaltySync sync = LoyaltySync.builder()
                        .bridge(LoyaltyBridge.builder().annexCloud(env.annex).gorgias(env.gorgias).build())
                        .checkpoints(store).build();
                long commitsBefore = commits(url);
                long start = System.nanoTime();
                SyncReport rerun = sync.annexCloudToGorgias(synced.ids().iterator(), options);
                double seconds = (System.nanoTime() - start) / 1e9;
                (useJdbc ? jdbcSeconds : memorySeconds).add(seconds);
                System.out.printf("run %d, %s store: %s in %.1f s%s%n", run + 1, useJdbc ? "JDBC" : "in-memory",
                        rerun.toJson(), seconds, useJdbc ? ", " + (commits(url) - commitsBefore - 1)
                                + " transactions committed" : "");
            }
            double memory = memorySeconds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double withJdbc = jdbcSeconds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            System.out.printf("in-memory store %.1f s, JDBC store %.1f s (means of %d): the JDBC store adds %.1f %%%n",
                    memory, withJdbc, pairs, (withJdbc / memory - 1) * 100);
            System.out.printf("checkpoint writes %d, mean %.2f ms each on the sync thread; lease calls %d%n",
                    timedJdbc.saves.get(), timedJdbc.saveNanos.get() / 1e6 / Math.max(1, timedJdbc.saves.get()),
                    timedJdbc.leases.get());
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** Transactions committed in the database so far (PostgreSQL's statistics; this query is one of them). */
    private static long commits(String url) throws Exception {
        try (Connection connection = java.sql.DriverManager.getConnection(url, credentials());
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet row = statement.executeQuery(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        Optional.ofNullable(System.getenv(JdbcCheckpointStore.USER_VARIABLE)).ifPresent(u -> properties.setProperty("user", u));
        Optional.ofNullable(System.getenv(JdbcCheckpointStore.PASSWORD_VARIABLE))
                .ifPresent(p -> properties.setProperty("password", p));
        return properties;
    }

    private static void printSettings(EmbeddedPostgres embedded) throws Exception {
        if (embedded == null) {
            return;
        }
        DataSource postgres = embedded.getPostgresDatabase();
        try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version(), current_setting('fsync'),"
                     + " current_setting('synchronous_commit')")) {
            row.next();
            System.out.printf("%s; fsync %s, synchronous_commit %s%n", row.getString(1), row.getString(2),
                    row.getString(3));
        }
    }

    /** The JDBC store, counting and timing its checkpoint writes. */
    private static final class TimedStore implements CheckpointStore {
        private final CheckpointStore store;
        final AtomicLong saves = new AtomicLong();
        final AtomicLong saveNanos = new AtomicLong();
        final AtomicLong leases = new AtomicLong();

        TimedStore(CheckpointStore store) {
            this.store = store;
        }

        @Override
        public Optional<Checkpoint> load(String jobName) {
            return store.load(jobName);
        }

        @Override
        public void save(String jobName, Checkpoint checkpoint) {
            long start = System.nanoTime();
            store.save(jobName, checkpoint);
            saveNanos.addAndGet(System.nanoTime() - start);
            saves.incrementAndGet();
        }

        @Override
        public void clear(String jobName) {
            store.clear(jobName);
        }

        @Override
        public JobLease lease(String jobName, Duration wait) {
            leases.incrementAndGet();
            return store.lease(jobName, wait);
        }
    }
}
