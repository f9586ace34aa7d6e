package com.annexcloud.sdk.bridge.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.LeaseHeldException;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One job run by several nodes that share a real PostgreSQL: racing runs, and a run killed mid-way. Each node has
 * its own clients and its own {@link JdbcCheckpointStore} on the same database, as separate pods would.
 */
class FleetSyncTest {
    private static final int MEMBERS = 30;
    private static final long WAIT_SECONDS = 30; // bounds every wait below; none of them is a guess at a duration

    private final DataSource database = EmbeddedPostgresDatabase.fresh();
    private final SandboxSync sync = new SandboxSync(MEMBERS);
    private final ExecutorService nodes = Executors.newCachedThreadPool();

    @AfterEach
    void close() throws Exception {
        nodes.shutdownNow();
        assertThat(nodes.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        sync.close();
    }

    private JdbcCheckpointStore store(String owner, Duration leaseDuration) {
        return JdbcCheckpointStore.builder().dataSource(database).createSchema(true).owner(owner)
                .leaseDuration(leaseDuration).build();
    }

    private int creates() {
        return sync.sandbox.gorgias().requests().count("POST", "/customers");
    }

    /** Polls the database, up to a bounded deadline, until the job's checkpoint stands at {@code position}. */
    private static void awaitCheckpointAt(JdbcCheckpointStore observer, long position) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (observer.load("annex-to-gorgias-default").map(c -> c.position() != position).orElse(true)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the checkpoint never reached " + position);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void twoRunsOfOneJobRacingOneRunsAndTheOtherIsRefused() throws Exception {
        CountDownLatch loserRefused = new CountDownLatch(1);
        // the winner holds at its first item until the loser has been refused, so the two runs overlap for sure
        SyncListener holdUntilRefused = soFar -> {
            try {
                loserRefused.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<SyncReport>> runs = new ArrayList<>();
        for (String owner : List.of("node-a", "node-b")) {
            LoyaltySync node = sync.node(store(owner, Duration.ofMinutes(2)), holdUntilRefused);
            runs.add(nodes.submit(() -> {
                start.await(WAIT_SECONDS, TimeUnit.SECONDS);
                try {
                    return node.annexCloudToGorgias(sync.memberIds.iterator(), SyncOptions.defaults());
                } finally {
                    loserRefused.countDown(); // a run that ends (refused, or failed) lets the other go on
                }
            }));
        }

        List<SyncReport> finished = new ArrayList<>();
        List<LeaseHeldException> refused = new ArrayList<>();
        for (Future<SyncReport> run : runs) {
            try {
                finished.add(run.get(WAIT_SECONDS, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                refused.add((LeaseHeldException) e.getCause());
            }
        }

        assertThat(finished).singleElement().satisfies(report -> assertThat(report.created()).isEqualTo(MEMBERS));
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.owner()).isIn("node-a", "node-b");
            assertThat(e.jobName()).isEqualTo("annex-to-gorgias-default");
            assertThat(e.getMessage()).contains(e.owner()).contains(e.expiresAt().toString());
        });
        assertThat(creates()).isEqualTo(MEMBERS);
        assertThat(sync.customersPerEmail()).hasSize(MEMBERS).allSatisfy((email, n) -> assertThat(n).isEqualTo(1L));
    }

    @Test
    void aRunKilledMidWayIsResumedAfterItsLeaseExpiresToTheStateOfAnUninterruptedRun() throws Exception {
        CountDownLatch killedAt12 = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        JdbcCheckpointStore observer = store("observer", Duration.ofMinutes(2));
        // node-a stops making progress after its 12th item, holding a 3 s lease it never renews or releases; its
        // clock reads a second later each time, so the sync (which saves every 100 items or every second) saves
        // after every item and a checkpoint at 12 is what the crash leaves
        LoyaltySync nodeA = sync.node(store("node-a", Duration.ofSeconds(3)), soFar -> {
            if (soFar.scanned() == 12) {
                awaitCheckpointAt(observer, 12); // its writer thread has committed it: that is what a crash leaves
                killedAt12.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the pod is gone: its thread ends without another write
                }
            }
        }, new SecondPerReading());
        Future<SyncReport> killed = nodes.submit(() ->
                nodeA.annexCloudToGorgias(sync.memberIds.iterator(), SyncOptions.defaults()));
        assertThat(killedAt12.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        int createdBeforeTheKill = creates();

        // node-b is refused while the lease lasts, and waits it out when asked to (expiry on the database's clock)
        LoyaltySync nodeB = sync.node(store("node-b", Duration.ofMinutes(2)), SyncListener.none());
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        nodeB.annexCloudToGorgias(sync.memberIds.iterator(), SyncOptions.defaults()))
                .isInstanceOfSatisfying(LeaseHeldException.class, e -> assertThat(e.owner()).isEqualTo("node-a"));
        SyncReport resumed = nodeB.annexCloudToGorgias(sync.memberIds.iterator(),
                SyncOptions.builder().leaseWait(Duration.ofSeconds(WAIT_SECONDS)).build());
        killed.cancel(true);

        assertThat(createdBeforeTheKill).isEqualTo(12);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed).extracting(SyncReport::scanned, SyncReport::created, SyncReport::updated, SyncReport::failed)
                .containsExactly((long) MEMBERS, (long) MEMBERS, 0L, 0L);
        assertThat(creates()).isEqualTo(MEMBERS); // nothing created twice
        assertThat(sync.customersPerEmail()).hasSize(MEMBERS).allSatisfy((email, n) -> assertThat(n).isEqualTo(1L));
        assertThat(store("node-c", Duration.ofMinutes(2)).load("annex-to-gorgias-default")).isEmpty();
        try (SandboxSync uninterrupted = new SandboxSync(MEMBERS)) {
            SyncReport once = uninterrupted.node(store("node-c", Duration.ofMinutes(2)), SyncListener.none())
                    .annexCloudToGorgias(uninterrupted.memberIds.iterator(), SyncOptions.builder().jobName("other").build());
            assertThat(once).extracting(SyncReport::scanned, SyncReport::created).containsExactly((long) MEMBERS, (long) MEMBERS);
            assertThat(sync.gorgiasState()).isEqualTo(uninterrupted.gorgiasState());
        }
    }

    /** A clock a second later at every reading: every sync step sees a second pass. */
    private static final class SecondPerReading extends Clock {
        private final AtomicLong seconds = new AtomicLong(
                Instant.now().getEpochSecond());

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.incrementAndGet());
        }
    }
}
