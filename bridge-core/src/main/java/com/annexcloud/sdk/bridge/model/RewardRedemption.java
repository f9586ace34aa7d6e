package com.annexcloud.sdk.bridge.model;

import org.immutables.value.Value;

/**
 * An agent redeeming a reward for a customer from the Gorgias sidebar. The ticket and the reward make
 * the order id Annex Cloud deduplicates, so a repeated click debits once.
 */
@Value.Immutable
public interface RewardRedemption {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link RewardRedemption}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableRewardRedemption.Builder {
    }

    /** The member's email. */
    String email();

    /** The Gorgias ticket the redemption is made on. */
    String ticketId();

    /** The reward to redeem (one the member is eligible for). */
    String rewardId();
}
