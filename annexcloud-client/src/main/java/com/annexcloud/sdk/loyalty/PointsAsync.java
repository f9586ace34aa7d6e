package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.DeductPoints;
import com.annexcloud.sdk.loyalty.model.GivePoints;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.RedeemPoints;
import com.annexcloud.sdk.loyalty.model.RedeemReward;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Points} without blocking, reached through {@code AnnexCloudClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Points} documents.
 */
public interface PointsAsync {

    /** {@link Points#balance(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<PointsBalance> balance(String memberId);

    /** {@link Points#give(GivePoints)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<PointsResult> give(GivePoints request);

    /** {@link Points#award(AwardPoints)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<PointsResult> award(AwardPoints request);

    /** {@link Points#deduct(DeductPoints)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<PointsResult> deduct(DeductPoints request);

    /** {@link Points#redeemReward(RedeemReward)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<PointsResult> redeemReward(RedeemReward request);

    /** {@link Points#redeemPoints(RedeemPoints)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<PointsResult> redeemPoints(RedeemPoints request);
}
