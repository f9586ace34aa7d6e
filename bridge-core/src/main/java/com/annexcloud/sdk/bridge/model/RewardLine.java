package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.bridge.internal.Decimals;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A reward the member can redeem now, as a card lists it. */
@Value.Immutable
@JsonSerialize(as = ImmutableRewardLine.class)
@JsonDeserialize(as = ImmutableRewardLine.class)
@JsonPropertyOrder({"id", "name", "points"})
public interface RewardLine {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link RewardLine}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableRewardLine.Builder {
    }

    /** The reward id (what a redemption names). */
    String id();

    /** The reward's name. */
    Optional<String> name();

    /** Its cost in points. */
    Optional<BigDecimal> points();

    /** Writes the cost plain ({@code 500.00} as {@code 500}), so equal amounts are equal values. */
    @Value.Check
    default RewardLine normalize() {
        return Decimals.arePlain(points()) ? this
                : builder().from(this)
                .points(Decimals.plain(points()))
                .build();
    }
}
