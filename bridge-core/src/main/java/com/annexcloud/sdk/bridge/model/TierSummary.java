package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.bridge.internal.Decimals;
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
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link TierSummary}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableTierSummary.Builder {
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

    /** Writes the figure plain ({@code 120.00} as {@code 120}), so equal amounts are equal values. */
    @Value.Check
    default TierSummary normalize() {
        return Decimals.arePlain(pointsToNext()) ? this
                : builder().from(this)
                .pointsToNext(Decimals.plain(pointsToNext()))
                .build();
    }
}
