package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.TierStatus;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Tiers} without blocking, reached through {@code AnnexCloudClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Tiers} documents.
 */
public interface TiersAsync {

    /** {@link Tiers#get(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<TierStatus> get(String memberId);
}
