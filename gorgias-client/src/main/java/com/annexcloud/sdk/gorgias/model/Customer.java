package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.GorgiasDateTimes;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gorgias customer as the API returns it. Every field but {@link #id()} may be absent; empty strings
 * and JSON {@code null} read as absent. Datetimes keep their microseconds and are written back as
 * {@code 2021-11-15T11:25:12.580565+00:00}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
public abstract class Customer {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Customer}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableCustomer.Builder {
    }

    /** Gorgias's id of the customer. */
    public abstract long id();

    /** The id of the customer in your own system. */
    @JsonProperty("external_id")
    public abstract Optional<String> externalId();

    /** Whether the customer is active. */
    public abstract Optional<Boolean> active();

    /** The customer's main email address. */
    public abstract Optional<String> email();

    /** The full name. */
    public abstract Optional<String> name();

    /** The first name. */
    public abstract Optional<String> firstname();

    /** The last name. */
    public abstract Optional<String> lastname();

    /** Ways to reach the customer (absent from list responses). */
    public abstract List<Channel> channels();

    /** The customer's language, such as {@code en}. */
    public abstract Optional<String> language();

    /** The customer's time zone, such as {@code UTC}. */
    public abstract Optional<String> timezone();

    /** When the customer was created. */
    @JsonProperty("created_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> createdDatetime();

    /** When the customer was last updated. */
    @JsonProperty("updated_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> updatedDatetime();

    /** Gorgias's metadata about the customer, such as {@code {"name_set_via":"agent"}}. */
    public abstract Optional<JsonNode> meta();

    /** Your own data stored on the customer (see {@code Customers.setData}). */
    public abstract Optional<JsonNode> data();

    /** What HTTP integrations returned for this customer, keyed by integration id. */
    public abstract Optional<JsonNode> integrations();

    /** A free-text note agents see. */
    public abstract Optional<String> note();

    /** Fields this SDK does not model, kept as sent. */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /** Reads JSON {@code null} in {@code meta}, {@code data} and {@code integrations} as absent. */
    @Value.Check
    protected Customer normalize() {
        if (isNull(meta()) || isNull(data()) || isNull(integrations())) {
            return builder().from(this).meta(present(meta())).data(present(data()))
                    .integrations(present(integrations())).build();
        }
        return this;
    }

    private static boolean isNull(Optional<JsonNode> node) {
        return node.isPresent() && node.get().isNull();
    }

    private static Optional<JsonNode> present(Optional<JsonNode> node) {
        return isNull(node) ? Optional.empty() : node;
    }
}
