package com.annexcloud.sdk.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gorgias customer as the emulator holds it. In a fixture a customer is written with Gorgias's own
 * property names ({@code external_id}, {@code created_datetime}, …), so a customer copied from the real
 * API fits (fields the sandbox does not keep, such as {@code channels}, are ignored; channels are derived
 * from the email and {@link #channelEmails()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSandboxCustomer.class)
@JsonDeserialize(as = ImmutableSandboxCustomer.class)
public abstract class SandboxCustomer {
    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link SandboxCustomer}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableSandboxCustomer.Builder {
    }

    /** The Gorgias id; assigned by the emulator when absent. */
    public abstract Optional<Long> id();

    /** The email address (also the customer's one email channel). */
    public abstract Optional<String> email();

    /** Further email addresses, shown as non-preferred email channels (a merge naming {@code channels} sets them). */
    @JsonProperty("channel_emails")
    public abstract List<String> channelEmails();

    /** The full name. */
    public abstract Optional<String> name();

    /** The first name. */
    public abstract Optional<String> firstname();

    /** The last name. */
    public abstract Optional<String> lastname();

    /** The id of the customer in another system. */
    @JsonProperty("external_id")
    public abstract Optional<String> externalId();

    /** Whether the customer is active (default true). */
    @Value.Default
    public boolean active() {
        return true;
    }

    /** The language code. */
    public abstract Optional<String> language();

    /** The time zone name. */
    public abstract Optional<String> timezone();

    /** A free-text note. */
    public abstract Optional<String> note();

    /** Free-form metadata. */
    public abstract Optional<JsonNode> meta();

    /** The customer data set with {@code PUT /customers/{id}/data}. */
    public abstract Optional<JsonNode> data();

    /** The version of {@link #data()}; an update with an older version is ignored. */
    @JsonProperty("data_version")
    public abstract Optional<OffsetDateTime> dataVersion();

    /** When the customer was created (the emulator sets it from its clock when absent). */
    @JsonProperty("created_datetime")
    public abstract Optional<OffsetDateTime> createdDatetime();

    /** When the customer was last updated (the emulator sets it from its clock when absent). */
    @JsonProperty("updated_datetime")
    public abstract Optional<OffsetDateTime> updatedDatetime();
}
