package com.annexcloud.sdk.core.internal;

import java.util.Objects;

/** Argument checks at the SDK's edges; every failure is an {@link IllegalArgumentException} naming the field. */
public final class Checks {
    private Checks() {
    }

    /** Requires a non-blank string. */
    public static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Requires a value that can serve as an id: not blank, no control characters, not a dot segment, bounded. */
    public static String requireId(String value, String what, int maxLength) {
        requireNonBlank(value, what);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " must be at most " + maxLength + " characters, was "
                    + value.length());
        }
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(what + " must not be '.' or '..'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(what + " must not contain control characters");
            }
        }
        return value;
    }

    /** Requires a strictly positive amount. */
    public static long requirePositive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
        return value;
    }

    /** Requires a non-null value. */
    public static <T> T requireNonNull(T value, String what) {
        return Objects.requireNonNull(value, () -> what + " must be set");
    }
}
