package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.Emails;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/customers}. Only the fields you set are sent. With an {@link #email()}
 * the client can tell whether a create whose response was lost landed, so it can retry it without
 * creating a duplicate.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateCustomer.class)
@JsonDeserialize(as = ImmutableCreateCustomer.class)
public abstract class CreateCustomer implements CustomerFields {

    /** A new builder. */
    public static ImmutableCreateCustomer.Builder builder() {
        return ImmutableCreateCustomer.builder();
    }

    /** Ways to reach the customer; left out of the body when empty. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Channel> channels();


    /** Rejects an email that does not look like one. */
    @Value.Check
    protected void check() {
        email().ifPresent(email -> Emails.requireValid(email, "email"));
    }
}
