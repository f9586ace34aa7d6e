package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.OpenValue;
import com.annexcloud.sdk.core.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;

/** A member's status: {@link #ACTIVE} or {@link #INACTIVE}; any other value the server sends is kept. */
public final class UserStatus extends OpenValue {
    /** {@code ACTIVE}. */
    public static final UserStatus ACTIVE = new UserStatus("ACTIVE");
    /** {@code INACTIVE}. */
    public static final UserStatus INACTIVE = new UserStatus("INACTIVE");

    private UserStatus(String value) {
        super(value);
    }

    /**
     * The status for a value, known or not ({@code UserStatus.of("MAYBE").value()} is {@code "MAYBE"}).
     *
     * @throws IllegalArgumentException when the value is blank
     */
    public static UserStatus of(String value) {
        return new UserStatus(Checks.requireNonBlank(value, "UserStatus").strip());
    }

    /** Reads a JSON value; blank is absent. */
    @JsonCreator
    static UserStatus fromJson(String value) {
        return value == null || value.isBlank() ? null : of(value);
    }
}
