package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.DeductPoints;
import com.annexcloud.sdk.loyalty.model.GivePoints;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.RedeemPoints;
import com.annexcloud.sdk.loyalty.model.RedeemReward;

/**
 * Points: the balance ({@code GET /points/{id}}) and the five shapes of {@code POST /points}.
 *
 * <p>A points change is sent again after a failure only when it carries a transaction id: an
 * {@code idempotencyKey} (sent as {@code customId}; the request's own, or the {@code RequestOptions} key of a
 * {@link AnnexCloudClient#withOptions} view) or, for debits, its {@code orderId}. Without one it
 * is sent exactly once, whatever the answer. Before a change whose answer was lost (I/O error, timeout,
 * 408, 5xx) is sent again, the member's newest activity is searched for it, because no public source
 * confirms that the server rejects a repeated {@code customId}: a matching entry (same activity, amount,
 * action or reward, dated after the first attempt) ends the call as applied, and when the activity cannot
 * be read the change is not sent again and the call fails. When a change is answered with AC1010
 * (duplicate) or found applied, the call returns a {@link PointsResult} with
 * {@link PointsResult#alreadyApplied()} {@code true} instead of failing.
 */
public interface Points {

    /** The member's points ({@code GET /points/{memberId}}). */
    PointsBalance balance(String memberId);

    /** Credits the points configured for an action. */
    PointsResult give(GivePoints request);

    /** Credits a custom number of points. */
    PointsResult award(AwardPoints request);

    /** Debits a custom number of points under an action. */
    PointsResult deduct(DeductPoints request);

    /** Debits the points of a reward and issues it. */
    PointsResult redeemReward(RedeemReward request);

    /** Debits a custom number of points for an order. */
    PointsResult redeemPoints(RedeemPoints request);
}
