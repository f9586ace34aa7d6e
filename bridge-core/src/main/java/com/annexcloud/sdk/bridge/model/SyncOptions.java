package com.annexcloud.sdk.bridge.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** How a sync runs: which items, how many at once, whether it writes, and what it may force. */
@Value.Immutable
public interface SyncOptions {

    /** A builder starting from the defaults. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link SyncOptions}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableSyncOptions.Builder {
    }

    /** Every default: all items, 4 at once, writes on, opted-out members left alone, job name {@code default}. */
    static SyncOptions defaults() {
        return builder().build();
    }

    /** Gorgias → Annex Cloud: only customers updated at or after this time. */
    Optional<OffsetDateTime> updatedSince();

    /**
     * How many items are worked on at once on the Annex Cloud side (1–64): Gorgias → Annex Cloud enrols that
     * many customers at once; Annex Cloud → Gorgias fetches that many cards ahead of its Gorgias writes.
     */
    @Value.Default
    default int concurrency() {
        return 4;
    }

    /** When true, nothing is written: the report says what would have been done. */
    @Value.Default
    default boolean dryRun() {
        return false;
    }

    /** Gorgias → Annex Cloud: opt members who opted out back in (off by default: they are reported). */
    @Value.Default
    default boolean forceOptIn() {
        return false;
    }

    /**
     * When true, the job's checkpoint is discarded unread and the run starts from the beginning: the way out
     * of a {@code CheckpointUnreadableException}. Both syncs are idempotent, so nothing that already landed is
     * written again (those items count as unchanged); only the earlier run's counts are lost.
     */
    @Value.Default
    default boolean restart() {
        return false;
    }

    /** The name under which the checkpoint is kept; runs with the same name resume each other. */
    @Value.Default
    default String jobName() {
        return "default";
    }

    /**
     * How long a run waits for another run of the same job to finish (its lease released or expired) before it
     * gives up with a {@code LeaseHeldException}; zero, the default, gives up at once. Only stores shared
     * between processes hold leases.
     */
    @Value.Default
    default Duration leaseWait() {
        return Duration.ZERO;
    }

    @Value.Check
    default void check() {
        if (concurrency() < 1 || concurrency() > 64) {
            throw new IllegalArgumentException("concurrency must be between 1 and 64, was " + concurrency());
        }
        if (jobName().isBlank() || !jobName().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("jobName must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
        if (leaseWait().isNegative()) {
            throw new IllegalArgumentException("leaseWait must not be negative, was " + leaseWait());
        }
    }
}
