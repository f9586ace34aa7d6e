package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.loyalty.RewardsAsync;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link RewardsAsync} over {@code /users/{id}/reward} (the {@code rewardDetail} items; AC1005, no data, is no
 * rewards) and {@code /users/{id}/usedreward?page=N} (its {@code rewardDetail} items, paged by number).
 */
final class RewardsResource implements RewardsAsync {
    private static final Function<Reply, List<Reward>> READ_REWARDS = reply -> reply.noData() ? List.of() : reply.items(Reward.class, "rewardDetail");

    private final AnnexCloudCalls calls;
    private final Exchange exchange;
    private final NumberedPages<UsedReward> used;

    RewardsResource(AnnexCloudCalls calls, Exchange exchange) {
        this.calls = calls;
        this.exchange = exchange;
        this.used = new NumberedPages<>(calls, exchange, "/usedreward", UsedReward.class, "rewardDetail");
    }

    @Override
    public CompletableFuture<List<Reward>> available(String memberId) {
        return calls.call(exchange, request(memberId), READ_REWARDS);
    }

    @Override
    public CompletableFuture<List<UsedReward>> recentlyUsed(String memberId) {
        return used.first(memberId);
    }

    /** Every page of the used rewards, fetched as iterated, waiting for each (see {@link NumberedPages#all}). */
    PagedIterable<UsedReward> allUsed(String memberId) {
        return used.all(memberId);
    }

    private static PipelineRequest request(String memberId) {
        return AnnexCloudCalls.get(AnnexCloudCalls.path("users", memberId, "/reward"), memberId, Map.of());
    }
}
