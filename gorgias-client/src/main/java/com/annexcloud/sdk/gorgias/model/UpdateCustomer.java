package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.Emails;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The partial body of {@code PUT /api/customers/{id}}: only the fields you set are sent, the others
 * keep their values. Setting {@link #channels()} replaces all of the customer's channels. At least one
 * field must be set.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateCustomer.class)
@JsonDeserialize(as = ImmutableUpdateCustomer.class)
public abstract class UpdateCustomer implements CustomerFields {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link UpdateCustomer}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableUpdateCustomer.Builder {
    }

    /** The complete new list of channels (replaces every existing channel). */
    public abstract Optional<List<Channel>> channels();

    /** Rejects a malformed email and an update that sets nothing. */
    @Value.Check
    protected void check() {
        email().ifPresent(email -> Emails.requireValid(email, "email"));
        if (email().isEmpty() && name().isEmpty() && firstname().isEmpty() && lastname().isEmpty()
                && externalId().isEmpty() && language().isEmpty() && timezone().isEmpty() && note().isEmpty()
                && channels().isEmpty() && meta().isEmpty()) {
            throw new IllegalArgumentException("UpdateCustomer must set at least one field");
        }
    }
}
