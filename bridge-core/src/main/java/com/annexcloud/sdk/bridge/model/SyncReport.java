package com.annexcloud.sdk.bridge.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.annexcloud.sdk.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a sync run did: how many items it scanned and, of those, how many it created, updated, left
 * unchanged, skipped (with the reason in {@link #skips()}) and failed (with the reason in
 * {@link #failures()}). A run stopped by an interrupt reports what it finished.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSyncReport.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSyncReport.class)
@JsonPropertyOrder({"scanned", "created", "updated", "unchanged", "skipped", "failed"})
public interface SyncReport {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link SyncReport}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableSyncReport.Builder {
    }

    /** Items read from the source. */
    long scanned();

    /** Items created on the target. */
    long created();

    /** Items that existed on the target and were changed. */
    long updated();

    /** Items already as they should be. */
    long unchanged();

    /** Items left alone on purpose (no email, opted out, not a member). */
    long skipped();

    /** Items that failed. */
    long failed();

    /**
     * The summary the example app prints:
     * {@code {"scanned":N,"created":N,"updated":N,"unchanged":N,"skipped":N,"failed":N}}.
     */
    default String toJson() {
        return new String(Json.write(this), StandardCharsets.UTF_8);
    }

    /** The reason for each failure, in order (at most 1000 are kept). */
    @JsonIgnore
    List<SyncFailure> failures();

    /** The reason for each skip, in order (at most 1000 are kept). */
    @JsonIgnore
    List<SyncFailure> skips();

    /** True when the run was interrupted before the end of its input. */
    @JsonIgnore
    @Value.Default
    default boolean interrupted() {
        return false;
    }

    /** True when nothing was written (dry run): the counts say what would have been done. */
    @JsonIgnore
    @Value.Default
    default boolean dryRun() {
        return false;
    }

    /** True when the run picked up from a checkpoint. */
    @JsonIgnore
    @Value.Default
    default boolean resumed() {
        return false;
    }
}
