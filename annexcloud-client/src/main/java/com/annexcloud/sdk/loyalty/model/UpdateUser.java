package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The fields to change with {@code PATCH /users/{id}}: only the fields set are sent (with the member's
 * {@code id}, which the client adds), the others stay as they are. At least one field must be set.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateUser.class)
public abstract class UpdateUser implements UserDetails {

    /** A builder; {@code build()} throws {@link IllegalArgumentException} for an invalid or empty update. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link UpdateUser}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableUpdateUser.Builder {
    }

    /** Validates the request. */
    @Value.Check
    protected void check() {
        RequestChecks.user(this);
        if (email().isEmpty() && firstName().isEmpty() && lastName().isEmpty() && optInStatus().isEmpty()
                && status().isEmpty() && phone().isEmpty() && zipCode().isEmpty() && birthDate().isEmpty()
                && anniversaryDate().isEmpty() && userProfileImageUrl().isEmpty() && extendedAttribute().isEmpty()) {
            throw new IllegalArgumentException("UpdateUser must set at least one field");
        }
    }
}
