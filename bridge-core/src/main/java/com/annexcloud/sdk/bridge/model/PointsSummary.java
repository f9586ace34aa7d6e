package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.bridge.internal.Decimals;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The points card of a {@link LoyaltyCard}: balances as exact numbers, the next expiry as a date. */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsSummary.class)
@JsonDeserialize(as = ImmutablePointsSummary.class)
@JsonPropertyOrder({"available", "lifetime", "used", "expired", "hold", "expiring", "expiringOn", "currencyValue"})
public interface PointsSummary {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link PointsSummary}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutablePointsSummary.Builder {
    }

    /** Points the member can spend now. */
    Optional<BigDecimal> available();

    /** Points earned since joining. */
    Optional<BigDecimal> lifetime();

    /** Points spent. */
    Optional<BigDecimal> used();

    /** Points that expired. */
    Optional<BigDecimal> expired();

    /** Points on hold (pending release). */
    Optional<BigDecimal> hold();

    /** Points that expire next. */
    Optional<BigDecimal> expiring();

    /** When {@link #expiring()} points expire. */
    Optional<LocalDate> expiringOn();

    /** The available points' value in currency. */
    Optional<BigDecimal> currencyValue();

    /** Writes every figure plain ({@code 6656.00} as {@code 6656}), so equal amounts are equal values. */
    @Value.Check
    default PointsSummary normalize() {
        return Decimals.arePlain(available(), lifetime(), used(), expired(), hold(), expiring(), currencyValue()) ? this
                : builder().from(this)
                .available(Decimals.plain(available()))
                .lifetime(Decimals.plain(lifetime()))
                .used(Decimals.plain(used()))
                .expired(Decimals.plain(expired()))
                .hold(Decimals.plain(hold()))
                .expiring(Decimals.plain(expiring()))
                .currencyValue(Decimals.plain(currencyValue()))
                .build();
    }
}
