package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.ImmutableCheckpoint;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every sync run does, whichever its direction: takes the job's lease, resumes from the job's
 * checkpoint (or starts afresh), counts outcomes in one {@link SyncTally}, saves checkpoints, tells the
 * listener, and clears the checkpoint once every item is done. A dry run takes no lease and reads and writes
 * no checkpoint. The direction plugs in only its {@link Step}: how it walks its items and what it does to one.
 */
final class SyncRun {

    /** The direction-specific part of a run. */
    @FunctionalInterface
    interface Step {
        /**
         * Works through the items from where {@link SyncRun#resumedFrom()} left off.
         *
         * @return true when every item was reached, false when the run was interrupted
         */
        boolean workThrough(SyncRun run);
    }

    private final String job;
    private final SyncOptions options;
    private final CheckpointStore checkpoints;
    private final SyncListener listener;
    private final JobLease lease;
    private final Optional<Checkpoint> resumedFrom;
    private final OffsetDateTime startedAt;
    private final SyncTally tally;

    private SyncRun(String job, SyncOptions options, CheckpointStore checkpoints, SyncListener listener, Clock clock,
                    JobLease lease) {
        this.job = job;
        this.options = options;
        this.checkpoints = checkpoints;
        this.listener = listener;
        this.lease = lease;
        this.resumedFrom = resume(checkpoints, job, options);
        this.startedAt = resumedFrom.map(Checkpoint::runStartedAt)
                .orElse(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        this.tally = resumedFrom.map(SyncTally::from).orElseGet(SyncTally::new);
    }

    /**
     * Runs {@code step} as the job {@code direction-jobName}. The lease is taken before the checkpoint is
     * read, so the checkpoint is the last owner's final one.
     */
    static SyncReport run(String direction, SyncOptions options, CheckpointStore checkpoints, SyncListener listener,
                          Clock clock, Step step) {
        String job = direction + "-" + options.jobName();
        try (JobLease lease = options.dryRun() ? new UnguardedLease(job) : checkpoints.lease(job, options.leaseWait())) {
            SyncRun run = new SyncRun(job, options, checkpoints, listener, clock, lease);
            boolean finished = step.workThrough(run);
            if (finished && !options.dryRun()) {
                checkpoints.clear(job);
            }
            return run.tally.report(!finished, options.dryRun(), run.resumedFrom.isPresent());
        }
    }

    /** The checkpoint to resume from; a restart discards the job's checkpoint unread first. */
    private static Optional<Checkpoint> resume(CheckpointStore store, String job, SyncOptions options) {
        if (options.dryRun()) {
            return Optional.empty();
        }
        if (options.restart()) {
            store.clear(job);
            return Optional.empty();
        }
        return store.load(job);
    }

    /** Whether the thread running the sync (or this worker) was asked to stop. */
    static boolean interrupted() {
        return Thread.currentThread().isInterrupted();
    }

    SyncOptions options() {
        return options;
    }

    /** The checkpoint this run continues from, if any. */
    Optional<Checkpoint> resumedFrom() {
        return resumedFrom;
    }

    /** When the run began (the first run, for a resumed one). */
    OffsetDateTime startedAt() {
        return startedAt;
    }

    SyncTally tally() {
        return tally;
    }

    /**
     * Counts a failure, unless it is the run being interrupted: that item is redone on resume. With {@code
     * report}, as one step with telling the listener ({@link #count}), for a step whose workers run
     * concurrently; without, for a step that reports its progress itself after each item.
     */
    void failed(String key, String reason, boolean report) {
        if (interrupted()) {
            return;
        }
        if (report) {
            count(counts -> counts.failed(key, reason));
        } else {
            tally.failed(key, reason);
        }
    }

    /** Keeps the job's lease: call after each unit of work. */
    void renewLease() {
        lease.renew();
    }

    /** Saves the position reached with the counts so far (nothing in a dry run). */
    void save(ImmutableCheckpoint.Builder position) {
        if (!options.dryRun()) {
            checkpoints.save(job, tally.checkpoint(position.runStartedAt(startedAt)));
        }
    }

    /**
     * Counts one item's outcome and tells the listener, as one step: for items worked on by concurrent workers,
     * whose listener must see each count once and in order.
     */
    synchronized void count(Consumer<SyncTally> outcome) {
        outcome.accept(tally);
        progress();
    }

    /**
     * Tells the listener the counts so far: after each item, once the step has recorded where it is. The listener
     * is told one report at a time, so a run's reports never go back.
     */
    synchronized void progress() {
        listener.onProgress(tally.report(false, options.dryRun(), resumedFrom.isPresent()));
    }
}
