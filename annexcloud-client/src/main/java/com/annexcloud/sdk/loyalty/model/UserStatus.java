package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A member's status: {@link #ACTIVE} or {@link #INACTIVE}; any other value the server sends is kept. */
public final class UserStatus {
    /** {@code ACTIVE}. */
    public static final UserStatus ACTIVE = new UserStatus("ACTIVE");
    /** {@code INACTIVE}. */
    public static final UserStatus INACTIVE = new UserStatus("INACTIVE");

    private final String value;

    private UserStatus(String value) {
        this.value = value;
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

    /** The value as sent on the wire. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserStatus && (((UserStatus) other).value.equals(value));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
