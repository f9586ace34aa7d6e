package com.annexcloud.sdk.gorgias.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gorgias tag as a ticket lists it ({@code {"id":5001,"name":"loyalty-gold","uri":…,"decoration":null}}).
 * Names are case-sensitive. Unmodelled fields ({@code uri}, {@code decoration}, {@code usage}, …) are kept
 * in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTag.class)
@JsonDeserialize(as = ImmutableTag.class)
public abstract class Tag {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Tag}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableTag.Builder {
    }

    /** Gorgias's id of the tag. */
    public abstract Optional<Long> id();

    /** The tag's name, such as {@code loyalty-gold}. */
    public abstract String name();

    /** Fields this SDK does not model, kept as sent. */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();
}
