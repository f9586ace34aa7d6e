package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.loyalty.Rewards;
import com.annexcloud.sdk.loyalty.RewardsAsync;
import com.annexcloud.sdk.loyalty.model.Reward;
import java.util.List;

/** The blocking {@link Rewards}: each operation of {@link RewardsAsync}, run on a blocking exchange and awaited. */
record BlockingRewards(RewardsAsync ops) implements Rewards {

    @Override
    public List<Reward> available(String memberId) {
        return Futures.await(ops.available(memberId));
    }
}
