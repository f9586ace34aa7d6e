package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.GorgiasDateTimes;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One way to reach a customer ({@code {"type":"email","address":"…","preferred":true}}). To create one,
 * set {@link #type()}, {@link #address()} and optionally {@link #preferred()}; Gorgias fills in the rest.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannel.class)
@JsonDeserialize(as = ImmutableChannel.class)
public abstract class Channel {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Channel}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableChannel.Builder {
    }

    /** A preferred email channel with the given address. */
    public static Channel email(String address) {
        return builder().type("email").address(address).preferred(true).build();
    }

    /** Gorgias's id of the channel (absent on requests). */
    public abstract Optional<Long> id();

    /** The channel type, for example {@code email}, {@code phone}, {@code facebook}. */
    public abstract String type();

    /** The address on that channel (an email address, a phone number, …). */
    public abstract Optional<String> address();

    /** Whether this is the customer's preferred channel of its type. */
    public abstract Optional<Boolean> preferred();

    /** When the channel was created. */
    @JsonProperty("created_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> createdDatetime();

    /** When the channel was last updated. */
    @JsonProperty("updated_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> updatedDatetime();

    /** When the channel was deleted, if it was. */
    @JsonProperty("deleted_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> deletedDatetime();

    /** Fields this SDK does not model (such as {@code user} and {@code customer}), kept as sent. */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();
}
