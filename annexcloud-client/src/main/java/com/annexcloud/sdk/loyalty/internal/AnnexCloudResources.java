package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Exchange;

/**
 * The five resources of one view, each operation written once against the view's exchange (blocking or
 * not); the blocking view wraps them, the async view hands them out as they are.
 */
record AnnexCloudResources(UsersResource users, PointsResource points, TiersResource tiers,
                           ActivityResource activity, RewardsResource rewards) {

    /** The resources sending through {@code exchange}. */
    static AnnexCloudResources over(AnnexCloudCalls calls, Exchange exchange) {
        ActivityResource activity = new ActivityResource(calls, exchange);
        return new AnnexCloudResources(new UsersResource(calls, exchange), new PointsResource(calls, exchange, activity),
                new TiersResource(calls, exchange), activity, new RewardsResource(calls, exchange));
    }
}
