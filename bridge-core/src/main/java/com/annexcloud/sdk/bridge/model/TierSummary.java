package com.annexcloud.sdk.bridge.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The tier card of a {@link LoyaltyCard}: where the member stands and how far the next tier is. */
@Value.Immutable
@JsonSerialize(as = ImmutableTierSummary.class)
@JsonDeserialize(as = ImmutableTierSummary.class)
@JsonPropertyOrder({"current", "previous", "next", "pointsToNext", "achievedOn", "expiresOn"})
public interface TierSummary {

    /** A builder. */
    static ImmutableTierSummary.Builder builder() {
        return ImmutableTierSummary.builder();
    }

    /** The current tier's name. */
    Optional<String> current();

    /** The tier held before. */
    Optional<String> previous();

    /** The next tier's name. */
    Optional<String> next();

    /** Points still needed for {@link #next()}. */
    Optional<BigDecimal> pointsToNext();

    /** When the current tier was reached. */
    Optional<LocalDate> achievedOn();

    /** When the current tier expires. */
    Optional<LocalDate> expiresOn();
}
