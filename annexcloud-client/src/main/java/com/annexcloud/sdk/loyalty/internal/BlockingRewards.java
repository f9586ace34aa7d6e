package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.loyalty.Rewards;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.util.List;

/** The blocking {@link Rewards}: the resource's operations awaited, and its used rewards' pages. */
record BlockingRewards(RewardsResource ops) implements Rewards {

    @Override
    public List<Reward> available(String memberId) {
        return Futures.await(ops.available(memberId));
    }

    @Override
    public PagedIterable<UsedReward> used(String memberId) {
        return ops.allUsed(memberId);
    }

    @Override
    public List<UsedReward> recentlyUsed(String memberId) {
        return Futures.await(ops.recentlyUsed(memberId));
    }
}
