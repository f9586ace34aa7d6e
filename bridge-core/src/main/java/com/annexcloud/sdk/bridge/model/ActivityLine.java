package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.bridge.internal.Decimals;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One line of a card's recent activity: when, credit or debit, how many points, and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityLine.class)
@JsonDeserialize(as = ImmutableActivityLine.class)
@JsonPropertyOrder({"date", "activity", "points", "reason"})
public interface ActivityLine {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ActivityLine}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableActivityLine.Builder {
    }

    /** The day of the entry. */
    Optional<LocalDate> date();

    /** {@code CREDIT} or {@code DEBIT}. */
    Optional<String> activity();

    /** Points credited (positive) or debited (negative). */
    Optional<BigDecimal> points();

    /** Why. */
    Optional<String> reason();

    /** Writes the figure plain ({@code 50.00} as {@code 50}), so equal amounts are equal values. */
    @Value.Check
    default ActivityLine normalize() {
        return Decimals.arePlain(points()) ? this
                : builder().from(this)
                .points(Decimals.plain(points()))
                .build();
    }
}
