package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A member's points as {@code GET /points/{id}} returns them; every field is optional; points are exact decimals (numbers or strings such as {@code "120.50"} on sites with decimal precision). */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsBalance.class)
@JsonDeserialize(as = ImmutablePointsBalance.class)
public interface PointsBalance {

    /** A builder, for tests and fakes. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link PointsBalance}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutablePointsBalance.Builder {
    }

    /** The member's id. */
    Optional<String> id();

    /** Points that can be spent now. */
    Optional<BigDecimal> availablePoints();

    /** Points spent so far. */
    Optional<BigDecimal> usedPoints();

    /** Points that expired. */
    Optional<BigDecimal> expiredPoints();

    /** Points earned since the member joined. */
    Optional<BigDecimal> lifetimePoints();

    /** Points earned in the {@link #earnedPointsPeriod()}. */
    Optional<BigDecimal> earnedPoints();

    /** Points spent in the {@link #spendPointsPeriod()}. */
    Optional<BigDecimal> spendPoints();

    /** Points on hold, not yet available. */
    Optional<BigDecimal> holdPoints();

    /** Points spent on rewards. */
    Optional<BigDecimal> usedPointsOnReward();

    /** Points expiring on {@link #pointsToExpireDate()}. */
    Optional<BigDecimal> pointsToExpire();

    /** When the {@link #pointsToExpire()} expire. */
    Optional<LocalDate> pointsToExpireDate();

    /** Points still needed for the next tier. */
    Optional<BigDecimal> pointsToNextTier();

    /** Amount still to spend for the next tier (spend-based tiers). */
    Optional<BigDecimal> spendToNextTier();

    /** The period {@link #earnedPoints()} covers: anniversaryYear, calenderYear, quarter or semester. */
    Optional<String> earnedPointsPeriod();

    /** The period {@link #spendPoints()} covers. */
    Optional<String> spendPointsPeriod();

    /** Points per unit of currency, as configured for the site. */
    Optional<BigDecimal> creditsToCurrencyRatio();

    /** The available points converted to currency. */
    Optional<BigDecimal> creditsToCurrencyValue();

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
