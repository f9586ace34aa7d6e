package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Redeems a reward ({@code activity: DEBIT}) under the redemption action, {@code 107} unless set (the API
 * portal documents {@code actionId}; {@code orderId}, {@code reason} and {@code source} are optional, and
 * Annex Cloud's SAP connector sends {@code reason: "claim"}, {@code source: "web"}):
 * {@code {"id": "user@domain.com", "actionId": "107", "rewardId": "111", "activity": "DEBIT", "reason": "claim", "source": "web"}}.
 * Retried after a failure only with an {@code orderId} or an {@link #idempotencyKey()}; without one it is
 * sent exactly once.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedeemReward.class)
public abstract class RedeemReward implements PointsRequest {
    /** The action id of a reward redemption in the API portal's example. */
    public static final String REDEMPTION_ACTION = "107";

    /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a missing or invalid field. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link RedeemReward}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableRedeemReward.Builder {
    }

    /** The site's redemption action id; {@value #REDEMPTION_ACTION} unless set. */
    @Value.Default
    public String actionId() {
        return REDEMPTION_ACTION;
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
        RequestChecks.points(this, RequestChecks.PointsShape.WITH_ACTION);
        Checks.requireNonBlank(actionId(), "actionId");
        Checks.requireId(rewardId(), "rewardId", RequestChecks.MAX_ID_LENGTH);
    }
}
