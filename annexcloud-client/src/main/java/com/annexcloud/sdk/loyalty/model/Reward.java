package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of {@code rewardDetail[]} in {@code GET /users/{id}/reward} (the vendor's field names, as Annex
 * Cloud's SAP Commerce connector reads them); the server's other fields are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReward.class)
@JsonDeserialize(as = ImmutableReward.class)
public interface Reward {

    /** A builder, for tests and fakes. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Reward}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableReward.Builder {
    }

    /** The reward's id; pass it to {@link RedeemReward}. */
    Optional<String> rewardId();

    /** The reward's name as the site shows it. */
    Optional<String> displayText();

    /** The points it costs, exact (decimal on sites with decimal precision). */
    Optional<BigDecimal> creditRequired();

    /** {@code YES} when the member can redeem it now, as sent (see {@link #isEligible()}). */
    Optional<String> eligible();

    /** A page about the reward. */
    Optional<String> rewardUrl();

    /** An image of the reward. */
    Optional<String> rewardImageUrl();

    /** Whether {@link #eligible()} says yes ({@code YES} or {@code true}, any case); false when absent. */
    @JsonIgnore
    @Value.Derived
    default boolean isEligible() {
        return eligible().map(value -> value.trim().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("yes") || value.equals("true"))
                .isPresent();
    }

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
