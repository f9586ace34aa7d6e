package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Rewards} without blocking, reached through {@code AnnexCloudClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Rewards} documents.
 */
public interface RewardsAsync {

    /** {@link Rewards#available(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<List<Reward>> available(String memberId);

    /**
     * The newest page (page 1) of {@link Rewards#used(String)}: what a support agent's card shows. Empty when the
     * member has used none (AC1005 included). The lazy listing of every page stays on the blocking view.
     */
    CompletableFuture<List<UsedReward>> used(String memberId);
}
