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

/** The outcome of a {@code POST /points}: the new balances, or {@link #alreadyApplied()} when the server had already applied this transaction. */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsResult.class)
@JsonDeserialize(as = ImmutablePointsResult.class)
public interface PointsResult {

    /** A builder, for tests and fakes. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link PointsResult}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutablePointsResult.Builder {
    }

    /** Available points after the change, exact. */
    Optional<BigDecimal> updatedAvailablePoints();

    /** Lifetime points after the change. */
    Optional<BigDecimal> updatedLifetimePoints();

    /** The member's tier after the change. */
    Optional<String> updatedUserTier();

    /** Points credited by this change. */
    Optional<BigDecimal> pointsAwarded();

    /** The code of the reward issued by a redemption. */
    Optional<String> rewardCode();

    /** Points of this change held until {@link #releaseDate()}. */
    Optional<BigDecimal> holdPoints();

    /** When held points are released. */
    Optional<LocalDate> releaseDate();

    /**
     * True when the server answered AC1010 (duplicate) to a request carrying an idempotency key (or a
     * debit's order id), or when a retry found the attempt whose answer was lost in the member's activity:
     * the change had already been applied, by an earlier call or an earlier attempt, and the balances
     * above are then absent.
     */
    @Value.Default
    default boolean alreadyApplied() {
        return false;
    }

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
