package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.Emails;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/customers}. Only the fields you set are sent. With an {@link #email()}
 * the client can tell whether a create whose response was lost landed, so it can retry it without
 * creating a duplicate.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateCustomer.class)
@JsonDeserialize(as = ImmutableCreateCustomer.class)
public abstract class CreateCustomer {

    /** A new builder. */
    public static ImmutableCreateCustomer.Builder builder() {
        return ImmutableCreateCustomer.builder();
    }

    /** The main email address (checked for a basic {@code name@domain.tld} shape). */
    public abstract Optional<String> email();

    /** The full name. */
    public abstract Optional<String> name();

    /** The first name. */
    public abstract Optional<String> firstname();

    /** The last name. */
    public abstract Optional<String> lastname();

    /** The id of the customer in your own system. */
    @JsonProperty("external_id")
    public abstract Optional<String> externalId();

    /** The language, such as {@code en}. */
    public abstract Optional<String> language();

    /** The time zone, such as {@code UTC}. */
    public abstract Optional<String> timezone();

    /** A free-text note agents see. */
    public abstract Optional<String> note();

    /** Ways to reach the customer; left out of the body when empty. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Channel> channels();

    /** Metadata to store on the customer. */
    public abstract Optional<JsonNode> meta();

    @Value.Check
    protected void check() {
        email().ifPresent(email -> Emails.requireValid(email, "email"));
    }
}
