package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.loyalty.Tiers;
import com.annexcloud.sdk.loyalty.TiersAsync;
import com.annexcloud.sdk.loyalty.model.TierStatus;

/** The blocking {@link Tiers}: each operation of {@link TiersAsync}, run on a blocking exchange and awaited. */
record BlockingTiers(TiersAsync ops) implements Tiers {

    @Override
    public TierStatus get(String memberId) {
        return Futures.await(ops.get(memberId));
    }
}
