package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.OpenValue;
import com.annexcloud.sdk.core.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;

/** A member's opt-in status: {@link #YES} or {@link #NO}; any other value the server sends is kept. */
public final class OptInStatus extends OpenValue {
    /** {@code YES}. */
    public static final OptInStatus YES = new OptInStatus("YES");
    /** {@code NO}. */
    public static final OptInStatus NO = new OptInStatus("NO");

    private OptInStatus(String value) {
        super(value);
    }

    /**
     * The status for a value, known or not ({@code OptInStatus.of("MAYBE").value()} is {@code "MAYBE"}).
     *
     * @throws IllegalArgumentException when the value is blank
     */
    public static OptInStatus of(String value) {
        return new OptInStatus(Checks.requireNonBlank(value, "OptInStatus").strip());
    }

    /** Reads a JSON value; blank is absent. */
    @JsonCreator
    static OptInStatus fromJson(String value) {
        return value == null || value.isBlank() ? null : of(value);
    }
}
