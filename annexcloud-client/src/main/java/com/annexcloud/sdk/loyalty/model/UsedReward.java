package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reward a member has used (redeemed, so issued a code): an item of {@code rewardDetail[]} in {@code GET
 * /users/{id}/usedreward}, with the field names of Annex Cloud's SAP Commerce connector ({@code
 * ACUsedRewardDetailResponse}); the server's other fields are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUsedReward.class)
@JsonDeserialize(as = ImmutableUsedReward.class)
public interface UsedReward {

    /** A builder, for tests and fakes. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link UsedReward}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableUsedReward.Builder {
    }

    /** The code the redemption issued (what the customer enters at checkout). */
    Optional<String> rewardCode();

    /** The reward's name as the site shows it. */
    Optional<String> rewardName();

    /** The points the redemption cost, exact. */
    Optional<BigDecimal> pointsUsed();

    /** The code's status as the server words it; no public source lists its values, so it is kept as sent. */
    Optional<String> rewardStatus();

    /** Why the reward was used, as sent. */
    Optional<String> reason();

    /** When the reward was used. */
    Optional<OffsetDateTime> createDate();

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
