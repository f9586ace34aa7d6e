package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.annexcloud.sdk.loyalty.internal.VendorDateTimeSerializer;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member to create with {@code POST /users}: {@code id} is required (often the email); every other
 * field is optional and left out of the body when absent. The server opts the member in unless
 * {@code optInStatus} says {@code NO}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateUser.class)
public abstract class CreateUser implements UserDetails {

    /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a missing or invalid field. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link CreateUser}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableCreateUser.Builder {
    }

    /** The member's unique id. */
    public abstract String id();

    /** When the member was created, when it is not now. */
    @JsonSerialize(contentUsing = VendorDateTimeSerializer.class)
    public abstract Optional<OffsetDateTime> createDate();

    /** Validates the request. */
    @Value.Check
    protected void check() {
        Checks.requireId(id(), "id", RequestChecks.MAX_ID_LENGTH);
        RequestChecks.user(this);
    }
}
