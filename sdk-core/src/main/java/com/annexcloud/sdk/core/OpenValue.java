package com.annexcloud.sdk.core;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The base of the SDK's open value sets (statuses, error codes, orderings): a string a vendor sends, with
 * the documented values as constants on the subclass and any other value kept as it came, so a new value
 * on the vendor's side never breaks a reader. Two values are equal when they are of the same type and
 * hold the same string; {@link #toString()} is the string.
 */
public abstract class OpenValue {
    private final String value;

    /** Holds the value (subclasses validate it). */
    protected OpenValue(String value) {
        this.value = value;
    }

    /** The value as sent on the wire. */
    @JsonValue
    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((OpenValue) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
