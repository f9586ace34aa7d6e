package com.annexcloud.sdk.bridge.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of a {@link RewardRedemption}: the reward code to give the customer and the refreshed card. */
@Value.Immutable
@JsonSerialize(as = ImmutableRedemption.class)
@JsonPropertyOrder({"rewardId", "rewardCode", "alreadyApplied", "card"})
public interface Redemption {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Redemption}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableRedemption.Builder {
    }

    /** The reward redeemed. */
    String rewardId();

    /** The code the customer uses, when Annex Cloud issued one. */
    Optional<String> rewardCode();

    /** True when this ticket had already redeemed this reward: nothing was debited again. */
    boolean alreadyApplied();

    /** The member's card after the redemption. */
    LoyaltyCard card();
}
