package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.sandbox.SandboxData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How both syncs use their store's job lease: taken before the checkpoint is read, renewed, always released. */
class SyncLeaseTest {
    private static final Instant EXPIRY = Instant.parse("2026-12-01T10:00:00Z");

    private final SyncFixture fixture = new SyncFixture(data(), 40, Duration.ofSeconds(20));
    private final List<String> memberIds = IntStream.range(0, 5).mapToObj(SyncFixture::email).toList();
    private final RecordingStore store = new RecordingStore();

    private static SandboxData data() {
        var data = SandboxData.builder();
        IntStream.range(0, 5).forEach(i -> data.addMembers(SyncFixture.member(i)));
        IntStream.range(0, 5).forEach(i -> data.addCustomers(SyncFixture.customer(i + 10, true)));
        return data.build();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private LoyaltySync sync() {
        return fixture.sync(store, SyncListener.none());
    }

    /** An in-memory store that logs what the sync asks of it and can refuse or lose the lease. */
    private static final class RecordingStore implements CheckpointStore {
        final CheckpointStore checkpoints = CheckpointStore.inMemory();
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile boolean refuse;
        volatile int renewalsBeforeLoss = Integer.MAX_VALUE;
        volatile Duration waited;

        @Override
        public Optional<Checkpoint> load(String jobName) {
            calls.add("load " + jobName);
            return checkpoints.load(jobName);
        }

        @Override
        public void save(String jobName, Checkpoint checkpoint) {
            calls.add("save");
            checkpoints.save(jobName, checkpoint);
        }

        @Override
        public void clear(String jobName) {
            calls.add("clear " + jobName);
            checkpoints.clear(jobName);
        }

        @Override
        public JobLease lease(String jobName, Duration wait) {
            calls.add("lease " + jobName);
            waited = wait;
            if (refuse) {
                throw new LeaseHeldException(jobName, "node-b", EXPIRY);
            }
            return new JobLease() {
                @Override
                public String jobName() {
                    return jobName;
                }

                @Override
                public String owner() {
                    return "node-a";
                }

                @Override
                public Optional<Instant> expiresAt() {
                    return Optional.of(EXPIRY);
                }

                @Override
                public void renew() {
                    calls.add("renew");
                    if (renewalsBeforeLoss-- <= 0) {
                        throw new LeaseLostException(jobName, "now held by node-b");
                    }
                }

                @Override
                public void close() {
                    calls.add("release " + jobName);
                }
            };
        }
    }

    @Test
    void annexToGorgiasLeasesItsJobBeforeReadingTheCheckpointRenewsPerItemAndReleasesAtTheEnd() {
        SyncReport report = sync().annexCloudToGorgias(memberIds.iterator(),
                SyncOptions.builder().jobName("nightly").leaseWait(Duration.ofSeconds(30)).build());

        assertThat(report.created()).isEqualTo(5);
        assertThat(store.waited).isEqualTo(Duration.ofSeconds(30));
        assertThat(store.calls.get(0)).isEqualTo("lease annex-to-gorgias-nightly");
        assertThat(store.calls.get(1)).isEqualTo("load annex-to-gorgias-nightly");
        assertThat(store.calls.stream().filter("renew"::equals).count()).isEqualTo(5);
        assertThat(store.calls.subList(store.calls.size() - 2, store.calls.size()))
                .containsExactly("clear annex-to-gorgias-nightly", "release annex-to-gorgias-nightly");
    }

    @Test
    void gorgiasToAnnexLeasesItsJobAndRenewsPerPage() {
        SyncReport report = sync().gorgiasToAnnexCloud(SyncOptions.defaults());

        assertThat(report.created()).isEqualTo(5);
        assertThat(store.waited).isEqualTo(Duration.ZERO);
        assertThat(store.calls).containsSubsequence("lease gorgias-to-annex-default", "load gorgias-to-annex-default",
                "renew", "save", "clear gorgias-to-annex-default", "release gorgias-to-annex-default");
    }

    @Test
    void aRunRefusedItsLeaseReadsAndWritesNothing() {
        store.refuse = true;

        assertThatThrownBy(() -> sync().annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults()))
                .isInstanceOfSatisfying(LeaseHeldException.class, e -> {
                    assertThat(e.owner()).isEqualTo("node-b");
                    assertThat(e.expiresAt()).isEqualTo(EXPIRY);
                });
        assertThatThrownBy(() -> sync().gorgiasToAnnexCloud(SyncOptions.defaults()))
                .isInstanceOf(LeaseHeldException.class);
        assertThat(store.calls).containsExactly("lease annex-to-gorgias-default", "lease gorgias-to-annex-default");
        assertThat(fixture.sandbox.gorgias().requests().total()).isZero();
        assertThat(fixture.sandbox.annexCloud().requests().total()).isZero();
    }

    @Test
    void aRunThatLosesItsLeaseStopsBeforeItsNextCheckpointAndReleases() {
        store.renewalsBeforeLoss = 2;

        assertThatThrownBy(() -> sync().annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults()))
                .isInstanceOf(LeaseLostException.class).hasMessageContaining("node-b");
        // checkpoints are saved every 100 items or every second, so none was due yet; what matters is that the
        // renewal that found the lease lost is followed by no save and no clear, only the release
        int lost = store.calls.lastIndexOf("renew");
        assertThat(store.calls.subList(lost, store.calls.size())).containsExactly("renew", "release annex-to-gorgias-default");
        assertThat(store.calls).doesNotContain("clear annex-to-gorgias-default");
        assertThat(store.checkpoints.load("annex-to-gorgias-default")).isEmpty();
    }

    @Test
    void aDryRunTakesNoLease() {
        store.refuse = true;

        SyncReport report = sync().annexCloudToGorgias(memberIds.iterator(),
                SyncOptions.builder().dryRun(true).build());

        assertThat(report.created()).isEqualTo(5);
        assertThat(store.calls).noneMatch(call -> call.startsWith("lease"));
    }

    @Test
    void localStoresHandOutLeasesThatGuardNothing() {
        CheckpointStore local = CheckpointStore.inMemory();

        try (JobLease first = local.lease("job", Duration.ZERO); JobLease second = local.lease("job", Duration.ZERO)) {
            assertThat(first.jobName()).isEqualTo("job");
            assertThat(first.expiresAt()).isEmpty();
            assertThat(second.jobName()).isEqualTo("job"); // one process: nothing to exclude
            first.renew();
        }
    }
}
