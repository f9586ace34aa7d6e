package com.annexcloud.sdk.bridge.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a sync run stands, saved after each finished batch so a crashed run resumes there. Gorgias
 * cursors are short-lived, so a Gorgias → Annex Cloud run resumes by {@code updated_datetime}
 * (customers are read newest first: everything updated after {@link #watermark()} and before
 * {@link #runStartedAt()} is done); an Annex Cloud → Gorgias run resumes by input position.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckpoint.class)
@JsonDeserialize(as = ImmutableCheckpoint.class)
public interface Checkpoint {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Checkpoint}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableCheckpoint.Builder {
    }

    /** When the interrupted run started. */
    OffsetDateTime runStartedAt();

    /** Gorgias → Annex Cloud: customers updated after this (and before the run start) are done. */
    Optional<OffsetDateTime> watermark();

    /**
     * Gorgias → Annex Cloud: the ids of the customers done whose {@code updated_datetime} equals the
     * {@link #watermark()} (at most one page), so a resumed run neither redoes them nor skips the customers
     * with the same time on the next page.
     */
    List<Long> doneAtWatermark();

    /** Annex Cloud → Gorgias: how many input ids are done. */
    @Value.Default
    default long position() {
        return 0;
    }

    /** The counts of the work done before the checkpoint. */
    SyncReport progress();

    /** Why items failed before the checkpoint (kept so a resumed run still reports them; bounded in number and length). */
    List<SyncFailure> failures();

    /** Why items were skipped before the checkpoint. */
    List<SyncFailure> skips();
}
