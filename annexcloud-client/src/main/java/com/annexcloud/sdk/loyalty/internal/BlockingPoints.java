package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.loyalty.Points;
import com.annexcloud.sdk.loyalty.PointsAsync;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.DeductPoints;
import com.annexcloud.sdk.loyalty.model.GivePoints;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.RedeemPoints;
import com.annexcloud.sdk.loyalty.model.RedeemReward;

/** The blocking {@link Points}: each operation of {@link PointsAsync}, run on a blocking exchange and awaited. */
record BlockingPoints(PointsAsync ops) implements Points {

    @Override
    public PointsBalance balance(String memberId) {
        return Futures.await(ops.balance(memberId));
    }

    @Override
    public PointsResult give(GivePoints request) {
        return Futures.await(ops.give(request));
    }

    @Override
    public PointsResult award(AwardPoints request) {
        return Futures.await(ops.award(request));
    }

    @Override
    public PointsResult deduct(DeductPoints request) {
        return Futures.await(ops.deduct(request));
    }

    @Override
    public PointsResult redeemReward(RedeemReward request) {
        return Futures.await(ops.redeemReward(request));
    }

    @Override
    public PointsResult redeemPoints(RedeemPoints request) {
        return Futures.await(ops.redeemPoints(request));
    }
}
