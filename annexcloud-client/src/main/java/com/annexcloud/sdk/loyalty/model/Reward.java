package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A reward a member can redeem ({@code GET /users/{id}/reward}); the server's other fields are kept in {@link #additionalProperties()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableReward.class)
@JsonDeserialize(as = ImmutableReward.class)
public interface Reward {

    /** A builder, for tests and fakes. */
    static ImmutableReward.Builder builder() {
        return ImmutableReward.builder();
    }

    /** The reward's id (also read from {@code rewardId}); pass it to {@link RedeemReward}. */
    @JsonAlias("rewardId")
    Optional<String> id();

    /** The reward's name (also read from {@code rewardName}). */
    @JsonAlias("rewardName")
    Optional<String> name();

    /** The points it costs (also read from {@code rewardPoints}). */
    @JsonAlias("rewardPoints")
    Optional<Long> points();

    /** What the reward is. */
    Optional<String> description();

    /** An image of the reward (also read from {@code rewardImage}). */
    @JsonAlias("rewardImage")
    Optional<String> imageUrl();

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
