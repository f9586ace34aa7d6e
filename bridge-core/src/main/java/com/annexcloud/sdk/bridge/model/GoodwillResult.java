package com.annexcloud.sdk.bridge.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The outcome of a {@link GoodwillAward}: whether it credited now or had already, and the refreshed card. */
@Value.Immutable
@JsonSerialize(as = ImmutableGoodwillResult.class)
@JsonPropertyOrder({"points", "alreadyApplied", "card"})
public interface GoodwillResult {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link GoodwillResult}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableGoodwillResult.Builder {
    }

    /** The points of the award. */
    long points();

    /** True when this ticket had already been given this award: nothing was credited again. */
    boolean alreadyApplied();

    /** The member's card after the award. */
    LoyaltyCard card();
}
