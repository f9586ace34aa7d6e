package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.Emails;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/customers}. Only the fields you set are sent. With an {@link #email()}
 * the client can tell whether a create whose response was lost landed, so it can retry it without
 * creating a duplicate. With {@link #data()} the customer is created with its data in one request.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateCustomer.class)
@JsonDeserialize(as = ImmutableCreateCustomer.class)
public abstract class CreateCustomer implements CustomerFields {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link CreateCustomer}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableCreateCustomer.Builder {
    }

    /** Ways to reach the customer; left out of the body when empty. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Channel> channels();

    /**
     * Your own data to store on the new customer (the Customer object's {@code data}, shown in the helpdesk
     * beside integration data). {@code Customers.create} checks that the answer carries it and writes it with
     * {@code PUT /customers/{id}/data} when it does not, so it lands on servers that ignore it on create.
     */
    public abstract Optional<JsonNode> data();

    /** Rejects an email that does not look like one. */
    @Value.Check
    protected void check() {
        email().ifPresent(email -> Emails.requireValid(email, "email"));
    }
}
