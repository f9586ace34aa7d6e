package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Redeems a reward ({@code activity: DEBIT}); {@code orderId} and {@code reason} are required:
 * {@code {"id": "user@domain.com", "rewardId": "111", "activity": "DEBIT", "orderId": "OD001", "reason": "claim", "source": "web"}}.
 * Retry-safe: the server deduplicates the order id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedeemReward.class)
public abstract class RedeemReward implements PointsRequest {

    /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a missing or invalid field. */
    public static ImmutableRedeemReward.Builder builder() {
        return ImmutableRedeemReward.builder();
    }

    /** The reward to redeem, required. */
    public abstract String rewardId();

    /** Where the reward is redeemed. */
    public abstract Optional<PointsSource> source();

    /** Always {@value PointsRequest#DEBIT}. */
    @Override
    public final String activity() {
        return DEBIT;
    }

    /** Validates the request. */
    @Value.Check
    protected void check() {
        RequestChecks.points(this, false);
        Checks.requireId(rewardId(), "rewardId", RequestChecks.MAX_ID_LENGTH);
    }
}
