package com.annexcloud.sdk.bridge.jdbc;

import static com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStoreTest.checkpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.LeaseHeldException;
import com.annexcloud.sdk.bridge.LeaseLostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Job leases on a real PostgreSQL: one holder at a time, expiry on the database's clock, fenced writes. */
class JdbcLeaseTest {
    private static final String JOB = "annex-to-gorgias-nightly";
    private final DataSource dataSource = EmbeddedPostgresDatabase.fresh();

    private JdbcCheckpointStore node(String owner, Duration leaseDuration) {
        return JdbcCheckpointStore.builder().dataSource(dataSource).createSchema(true).owner(owner)
                .leaseDuration(leaseDuration).build();
    }

    private Instant databaseNow() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT CURRENT_TIMESTAMP");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    @Test
    void aSecondRunIsRefusedNamingTheOwnerAndTheExpiryOnTheDatabaseClock() throws Exception {
        Instant before = databaseNow();
        try (JobLease first = node("node-a", Duration.ofMinutes(2)).lease(JOB, Duration.ZERO)) {
            Instant after = databaseNow();

            assertThat(first.owner()).isEqualTo("node-a");
            assertThat(first.expiresAt()).get().satisfies(expiry -> assertThat(expiry)
                    .isBetween(before.plus(Duration.ofMinutes(2)), after.plus(Duration.ofMinutes(2))));
            assertThatThrownBy(() -> node("node-b", Duration.ofMinutes(2)).lease(JOB, Duration.ZERO))
                    .isInstanceOfSatisfying(LeaseHeldException.class, refused -> {
                        assertThat(refused.owner()).isEqualTo("node-a");
                        assertThat(refused.jobName()).isEqualTo(JOB);
                        assertThat(refused.expiresAt()).isEqualTo(first.expiresAt().orElseThrow());
                    })
                    .hasMessageContaining("node-a").hasMessageContaining(first.expiresAt().orElseThrow().toString());
            // another job is free
            node("node-b", Duration.ofMinutes(2)).lease("gorgias-to-annex-nightly", Duration.ZERO).close();
        }
        // released: the next run takes it at once
        node("node-b", Duration.ofMinutes(2)).lease(JOB, Duration.ZERO).close();
    }

    @Test
    void eightNodesRacingForOneJobGiveItToExactlyOne() throws Exception {
        int nodes = 8;
        CyclicBarrier start = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        node("setup", Duration.ofMinutes(1)).load("creates-the-tables");
        try {
            List<Future<JobLease>> attempts = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                JdbcCheckpointStore node = node("node-" + n, Duration.ofMinutes(2));
                attempts.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return node.lease(JOB, Duration.ZERO);
                    } catch (LeaseHeldException refused) {
                        return null;
                    }
                }));
            }
            List<JobLease> granted = new ArrayList<>();
            for (Future<JobLease> attempt : attempts) {
                JobLease lease = attempt.get(30, TimeUnit.SECONDS);
                if (lease != null) {
                    granted.add(lease);
                }
            }
            assertThat(granted).hasSize(1);
            granted.get(0).close();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAbandonedLeaseExpiresAndTheRunThatLostItCanNeitherRenewNorWrite() throws Exception {
        JdbcCheckpointStore crashed = node("node-a", Duration.ofMillis(300));
        JobLease abandoned = crashed.lease(JOB, Duration.ZERO); // never renewed, never released: a killed pod
        crashed.save(JOB, checkpoint(10));
        assertThat(crashed.load(JOB)).contains(checkpoint(10)); // a store reads its own writes: this one has landed
        JdbcCheckpointStore next = node("node-b", Duration.ofMinutes(2));

        try (JobLease taken = next.lease(JOB, Duration.ofSeconds(30))) { // waits for the expiry, polling the database
            assertThat(taken.owner()).isEqualTo("node-b");
            assertThat(databaseNow()).isAfterOrEqualTo(abandoned.expiresAt().orElseThrow());
            assertThat(next.load(JOB)).contains(checkpoint(10));
            next.save(JOB, checkpoint(11));

            assertThatThrownBy(abandoned::renew).isInstanceOf(LeaseLostException.class).hasMessageContaining("node-b");
            crashed.save(JOB, checkpoint(99)); // handed to the writer, which is refused: the next call says so
            assertThatThrownBy(() -> crashed.clear(JOB))
                    .isInstanceOfSatisfying(LeaseLostException.class, lost -> assertThat(lost.jobName()).isEqualTo(JOB));
            assertThatThrownBy(() -> crashed.save(JOB, checkpoint(100))).isInstanceOf(LeaseLostException.class);
            abandoned.close(); // releases nothing: the lease is node-b's now
            assertThat(next.load(JOB)).contains(checkpoint(11));
            assertThatThrownBy(() -> node("node-c", Duration.ofMinutes(2)).lease(JOB, Duration.ZERO))
                    .isInstanceOfSatisfying(LeaseHeldException.class, held -> assertThat(held.owner()).isEqualTo("node-b"));
        }
    }

    @Test
    void aRunThatIsStillAliveRenewsItsLeasePastTheOriginalExpiry() throws Exception {
        JdbcCheckpointStore node = node("node-a", Duration.ofMillis(600));
        try (JobLease lease = node.lease(JOB, Duration.ZERO)) {
            Instant first = lease.expiresAt().orElseThrow();
            Instant deadline = Instant.now().plusSeconds(30);
            // renewal is throttled to a third of the duration: call it as a working run would, until it lands
            while (!lease.expiresAt().orElseThrow().isAfter(first) && Instant.now().isBefore(deadline)) {
                lease.renew();
                node.save(JOB, checkpoint(1));
            }
            assertThat(lease.expiresAt().orElseThrow()).isAfter(first);
            assertThatThrownBy(() -> node("node-b", Duration.ofMinutes(1)).lease(JOB, Duration.ZERO))
                    .isInstanceOf(LeaseHeldException.class);
        }
    }

    @Test
    void aRunningJobsCheckpointsLandNewestLastAndTheLastOneBeforeItsLeaseIsReleased() {
        JdbcCheckpointStore running = node("node-a", Duration.ofMinutes(2));
        JdbcCheckpointStore other = node("node-b", Duration.ofMinutes(2));

        try (JobLease lease = running.lease(JOB, Duration.ZERO)) {
            for (long position = 1; position <= 200; position++) {
                running.save(JOB, checkpoint(position)); // handed to the store's writer: newer ones replace waiting ones
            }
            assertThat(running.load(JOB)).contains(checkpoint(200));
            running.save(JOB, checkpoint(201));
        }

        assertThat(other.load(JOB)).contains(checkpoint(201));
        other.lease(JOB, Duration.ZERO).close();
    }

    @Test
    void aRunningJobsCheckpointIsWrittenAtMostOncePerIntervalAndAtOnceWhenRead() {
        JdbcCheckpointStore running = JdbcCheckpointStore.builder().dataSource(dataSource).createSchema(true)
                .owner("node-a").checkpointInterval(Duration.ofMinutes(1)).build();
        JdbcCheckpointStore other = node("node-b", Duration.ofMinutes(2));

        try (JobLease lease = running.lease(JOB, Duration.ZERO)) {
            running.save(JOB, checkpoint(1)); // written at once: nothing was written before it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (other.load(JOB).isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            running.save(JOB, checkpoint(2)); // waits out the minute after the first write

            assertThat(other.load(JOB)).contains(checkpoint(1));
            assertThat(running.load(JOB)).contains(checkpoint(2)); // reading it through its own store writes it
            assertThat(other.load(JOB)).contains(checkpoint(2));
        }
    }

    @Test
    void aWaitShorterThanTheHoldersLeaseEndsRefused() throws Exception {
        try (JobLease held = node("node-a", Duration.ofMinutes(2)).lease(JOB, Duration.ZERO)) {
            assertThatThrownBy(() -> node("node-b", Duration.ofMinutes(2)).lease(JOB, Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(LeaseHeldException.class, refused ->
                            assertThat(refused.expiresAt()).isEqualTo(held.expiresAt().orElseThrow()));
        }
    }

    @Test
    void aWaitingRunGetsTheJobWhenTheHolderReleasesIt() throws Exception {
        JobLease held = node("node-a", Duration.ofMinutes(2)).lease(JOB, Duration.ZERO);
        ExecutorService waiter = Executors.newSingleThreadExecutor();
        try {
            Future<JobLease> waiting = waiter.submit(() -> node("node-b", Duration.ofMinutes(2)).lease(JOB, Duration.ofMinutes(1)));
            held.close();
            try (JobLease next = waiting.get(30, TimeUnit.SECONDS)) {
                assertThat(next.owner()).isEqualTo("node-b");
            }
        } finally {
            waiter.shutdownNow();
        }
    }
}
