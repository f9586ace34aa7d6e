package com.annexcloud.sdk.bridge.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Points figures as a card shows them: the same number without trailing zeros, so that a decimal-precision
 * site's {@code "6656.00"} shows (and compares) as {@code 6656} and {@code "1250.75"} as {@code 1250.75};
 * never rounded. The card models normalise their figures with it.
 */
public final class Decimals {
    private Decimals() {
    }

    /** The number without trailing zeros and never in exponent form ({@code 6.6E+3} becomes {@code 6600}). */
    public static BigDecimal plain(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@link #plain(BigDecimal)} of a value that may be absent. */
    public static Optional<BigDecimal> plain(Optional<BigDecimal> points) {
        return points.map(Decimals::plain);
    }

    /** Whether every present value is already {@link #plain(BigDecimal)} (scale included). */
    @SafeVarargs
    public static boolean arePlain(Optional<BigDecimal>... values) {
        for (Optional<BigDecimal> value : values) {
            if (value.isPresent() && !value.get().equals(plain(value.get()))) {
                return false;
            }
        }
        return true;
    }
}
