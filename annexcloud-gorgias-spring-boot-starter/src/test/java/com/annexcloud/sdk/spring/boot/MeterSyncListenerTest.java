package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.sandbox.Sandbox;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sync progress becomes {@code loyalty.sync.items} counters by outcome, beside the application's own listener. */
class MeterSyncListenerTest {
    private static final Map<String, ToLongFunction<SyncReport>> OUTCOMES = Map.of("created", SyncReport::created,
            "updated", SyncReport::updated, "unchanged", SyncReport::unchanged, "skipped", SyncReport::skipped,
            "failed", SyncReport::failed);

    @BeforeEach
    void reset() {
        Sandbox.shared().reset();
    }

    @Test
    void countsEachRunOfARealSyncByOutcomeBesideTheApplicationsListener() {
        SandboxContexts.onSandbox().withUserConfiguration(Metered.class).run(context -> {
            LoyaltySync sync = context.getBean(LoyaltySync.class);
            SyncReport first = sync.gorgiasToAnnexCloud(SyncOptions.builder().build());
            SyncReport second = sync.gorgiasToAnnexCloud(SyncOptions.builder().build());
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            assertThat(first.scanned()).isPositive();
            OUTCOMES.forEach((outcome, count) -> assertThat(counted(registry, outcome)).as(outcome)
                    .isEqualTo(count.applyAsLong(first) + count.applyAsLong(second)));
            assertThat(context.getBean(Recorded.class).reports).hasSize((int) (first.scanned() + second.scanned()));
            Collection<Meter> meters = registry.find(MeterSyncListener.NAME).meters();
            assertThat(meters).hasSize(OUTCOMES.size()).allSatisfy(meter -> assertThat(meter.getId().getTags())
                    .extracting(Tag::getKey).containsExactly("outcome"));
            assertThat(meters).flatExtracting(meter -> meter.getId().getTags()).extracting(Tag::getValue)
                    .allSatisfy(value -> assertThat(value).doesNotContain("@").doesNotMatch("\\d+"));
        });
    }

    @Test
    void withoutAMeterRegistryTheApplicationsListenerIsTheSyncsOwn() {
        SandboxContexts.onSandbox().withBean(Recorded.class).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MeterSyncListener.class);
            SyncReport report = context.getBean(LoyaltySync.class).gorgiasToAnnexCloud(SyncOptions.builder().build());
            assertThat(context.getBean(Recorded.class).reports).hasSize((int) report.scanned()).last()
                    .isEqualTo(report);
        });
    }

    @Test
    void addsWhatRisesAboveTheRunsHighestAndStartsARunAtItsFirstItem() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MeterSyncListener listener = new MeterSyncListener(registry);

        listener.onProgress(report(1, 1, 0, 0));
        listener.onProgress(report(3, 1, 1, 1));
        listener.onProgress(report(2, 1, 1, 0));   // a worker thread's late report: nothing new
        listener.onProgress(report(1, 0, 0, 1));   // the next run's first item
        listener.onProgress(report(2, 1, 0, 1));

        assertThat(counted(registry, "created")).isEqualTo(2);
        assertThat(counted(registry, "updated")).isEqualTo(1);
        assertThat(counted(registry, "failed")).isEqualTo(2);
        assertThat(counted(registry, "skipped")).isZero();
    }

    @Test
    void aResumedRunCountsFromItsCheckpoint() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MeterSyncListener listener = new MeterSyncListener(registry);

        listener.onProgress(report(1, 1, 0, 0));
        listener.onProgress(report(2, 2, 0, 0));   // interrupted here
        listener.onProgress(SyncReport.builder().from(report(2, 1, 1, 0)).resumed(true).build());

        assertThat(counted(registry, "created")).isEqualTo(3);
        assertThat(counted(registry, "updated")).isEqualTo(1);
    }

    private static SyncReport report(long scanned, long created, long updated, long failed) {
        return SyncReport.builder().scanned(scanned).created(created).updated(updated).unchanged(0).skipped(0)
                .failed(failed).build();
    }

    private static long counted(MeterRegistry registry, String outcome) {
        return (long) registry.get(MeterSyncListener.NAME).tag("outcome", outcome).counter().count();
    }

    /** The application's meter registry and its own sync listener. */
    @Configuration(proxyBeanMethods = false)
    static class Metered {
        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        Recorded recorded() {
            return new Recorded();
        }
    }

    /** A user's listener that keeps every report. */
    static final class Recorded implements SyncListener {
        final List<SyncReport> reports = new CopyOnWriteArrayList<>();

        @Override
        public void onProgress(SyncReport soFar) {
            reports.add(soFar);
        }
    }
}
