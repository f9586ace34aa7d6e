package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.SyncReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Counts sync progress as the Micrometer counter {@value #NAME} tagged {@code outcome=created|updated|unchanged|
 * skipped|failed}. Within a run only counts above the highest seen so far are added, so reports that the
 * sync's worker threads deliver out of order are not counted twice; a report of the first item
 * ({@code scanned == 1}), or a resumed run's report whose {@code scanned} is not above the last, starts a new
 * run. Only the outcome is a tag: never an email, an id or a reason. Runs in parallel on one {@code LoyaltySync} mix their
 * reports, so their counts are then approximate.
 */
public final class MeterSyncListener implements SyncListener {
    /** The counter's name. */
    public static final String NAME = "loyalty.sync.items";

    private final List<Outcome> outcomes;
    private long lastScanned;

    /** A listener counting into {@code registry}. */
    public MeterSyncListener(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        outcomes = List.of(new Outcome(registry, "created", SyncReport::created),
                new Outcome(registry, "updated", SyncReport::updated),
                new Outcome(registry, "unchanged", SyncReport::unchanged),
                new Outcome(registry, "skipped", SyncReport::skipped),
                new Outcome(registry, "failed", SyncReport::failed));
    }

    @Override
    public synchronized void onProgress(SyncReport soFar) {
        boolean newRun = soFar.scanned() == 1 || soFar.resumed() && soFar.scanned() <= lastScanned;
        lastScanned = newRun ? soFar.scanned() : Math.max(lastScanned, soFar.scanned());
        outcomes.forEach(outcome -> outcome.advance(soFar, newRun));
    }

    /** One outcome's counter and the count it last saw. */
    private static final class Outcome {
        private final Counter counter;
        private final ToLongFunction<SyncReport> count;
        private long last;

        Outcome(MeterRegistry registry, String outcome, ToLongFunction<SyncReport> count) {
            this.counter = Counter.builder(NAME).tag("outcome", outcome)
                    .description("Sync items by outcome").register(registry);
            this.count = count;
        }

        void advance(SyncReport soFar, boolean newRun) {
            long now = count.applyAsLong(soFar);
            long delta = newRun ? now : now - last;
            if (delta > 0) {
                counter.increment(delta);
            }
            last = newRun ? now : Math.max(last, now);
        }
    }
}
