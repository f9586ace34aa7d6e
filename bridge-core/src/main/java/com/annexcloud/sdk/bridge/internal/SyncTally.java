package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.SyncFailure;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.util.ArrayList;
import java.util.List;

/** The running counts of a sync, safe to update from several workers. */
final class SyncTally {
    private static final int MAX_REASONS = 1000;

    private long scanned;
    private long created;
    private long updated;
    private long unchanged;
    private long skipped;
    private long failed;
    private final List<SyncFailure> failures = new ArrayList<>();
    private final List<SyncFailure> skips = new ArrayList<>();

    /** A tally continuing from earlier counts (a resumed run). */
    static SyncTally from(SyncReport earlier) {
        SyncTally tally = new SyncTally();
        tally.scanned = earlier.scanned();
        tally.created = earlier.created();
        tally.updated = earlier.updated();
        tally.unchanged = earlier.unchanged();
        tally.skipped = earlier.skipped();
        tally.failed = earlier.failed();
        return tally;
    }

    synchronized void scanned() {
        scanned++;
    }

    synchronized void created() {
        created++;
    }

    synchronized void updated() {
        updated++;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void skipped(String key, String reason) {
        skipped++;
        if (skips.size() < MAX_REASONS) {
            skips.add(SyncFailure.of(key, reason));
        }
    }

    synchronized void failed(String key, String reason) {
        failed++;
        if (failures.size() < MAX_REASONS) {
            failures.add(SyncFailure.of(key, reason));
        }
    }

    synchronized SyncReport report(boolean interrupted, boolean dryRun, boolean resumed) {
        return SyncReport.builder()
                .scanned(scanned).created(created).updated(updated).unchanged(unchanged)
                .skipped(skipped).failed(failed)
                .failures(failures).skips(skips)
                .interrupted(interrupted).dryRun(dryRun).resumed(resumed)
                .build();
    }
}
