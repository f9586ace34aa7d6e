package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Rewards} without blocking, reached through {@code AnnexCloudClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Rewards} documents. The lazy listing of every used reward stays on the
 * blocking view ({@link Rewards#used(String)}), since it fetches as it is iterated.
 */
public interface RewardsAsync {

    /** {@link Rewards#available(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<List<Reward>> available(String memberId);

    /** {@link Rewards#recentlyUsed(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<List<UsedReward>> recentlyUsed(String memberId);
}
