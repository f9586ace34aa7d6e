package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.bridge.internal.Decimals;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of a card's recent redemptions: the reward code it issued, so an agent can answer "my code does not work";
 * the reward, its cost in points, the day, and the code's status as Annex Cloud words it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedemptionLine.class)
@JsonDeserialize(as = ImmutableRedemptionLine.class)
@JsonPropertyOrder({"code", "reward", "points", "date", "status"})
public interface RedemptionLine {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link RedemptionLine}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableRedemptionLine.Builder {
    }

    /** The reward code the customer was given. */
    String code();

    /** The reward's name. */
    Optional<String> reward();

    /** The points the redemption cost. */
    Optional<BigDecimal> points();

    /** The day of the redemption. */
    Optional<LocalDate> date();

    /** The code's status as sent (only the used-rewards list has one). */
    Optional<String> status();

    /** Writes the cost plain ({@code 500.00} as {@code 500}), so equal amounts are equal values. */
    @Value.Check
    default RedemptionLine normalize() {
        return Decimals.arePlain(points()) ? this
                : builder().from(this)
                .points(Decimals.plain(points()))
                .build();
    }
}
