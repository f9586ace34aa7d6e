package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.ImmutableCheckpoint;
import com.annexcloud.sdk.bridge.model.SyncFailure;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The running counts of a sync, safe to update from several workers. Each outcome also counts the item
 * as scanned, so an item cut short (by an interrupt) leaves no trace and is redone on resume. The reasons
 * kept are bounded (at most {@value #MAX_REASONS}, keys and reasons cut to {@value #MAX_TEXT} characters,
 * control characters replaced), so the checkpoint saved after every item stays small whatever the input.
 */
final class SyncTally {
    private static final int MAX_REASONS = 1000;
    static final int MAX_TEXT = 200;

    private long scanned;
    private long created;
    private long updated;
    private long unchanged;
    private long skipped;
    private long failed;
    private final List<SyncFailure> failures = new ArrayList<>();
    private final List<SyncFailure> skips = new ArrayList<>();

    /** A tally continuing from a checkpoint's counts and reasons (a resumed run). */
    static SyncTally from(Checkpoint checkpoint) {
        SyncTally tally = from(checkpoint.progress());
        tally.failures.addAll(checkpoint.failures());
        tally.skips.addAll(checkpoint.skips());
        return tally;
    }

    private static SyncTally from(SyncReport earlier) {
        SyncTally tally = new SyncTally();
        tally.scanned = earlier.scanned();
        tally.created = earlier.created();
        tally.updated = earlier.updated();
        tally.unchanged = earlier.unchanged();
        tally.skipped = earlier.skipped();
        tally.failed = earlier.failed();
        return tally;
    }

    synchronized void created() {
        scanned++;
        created++;
    }

    synchronized void updated() {
        scanned++;
        updated++;
    }

    synchronized void unchanged() {
        scanned++;
        unchanged++;
    }

    synchronized void skipped(String key, String reason) {
        scanned++;
        skipped++;
        if (skips.size() < MAX_REASONS) {
            skips.add(bounded(key, reason));
        }
    }

    synchronized void failed(String key, String reason) {
        scanned++;
        failed++;
        if (failures.size() < MAX_REASONS) {
            failures.add(bounded(key, reason));
        }
    }

    private static SyncFailure bounded(String key, String reason) {
        return SyncFailure.of(bounded(key), bounded(reason));
    }

    /** The text cut to {@value #MAX_TEXT} characters (marked with an ellipsis), control characters as '?'. */
    static String bounded(String text) {
        String value = text == null ? "" : text;
        String cut = value;
        if (value.length() > MAX_TEXT) {
            int end = Character.isHighSurrogate(value.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1;
            cut = value.substring(0, end) + "…";
        }
        StringBuilder clean = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return clean.toString();
    }

    /** A checkpoint of the work done so far. */
    synchronized Checkpoint checkpoint(ImmutableCheckpoint.Builder position) {
        return position.progress(report(false, false, false)).failures(failures).skips(skips).build();
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
