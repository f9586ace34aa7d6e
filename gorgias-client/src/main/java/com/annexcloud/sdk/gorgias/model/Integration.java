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
 * A Gorgias integration as the API returns it. HTTP integrations carry their {@link #http()} settings,
 * whose headers are redacted in {@code toString()}. Fields this SDK does not model (timestamps, {@code
 * uri}, {@code meta}, …) are kept in {@link #additionalProperties()}, redacted in {@code toString()} as
 * a future field may hold a secret.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntegration.class)
@JsonDeserialize(as = ImmutableIntegration.class)
public abstract class Integration {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Integration}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableIntegration.Builder {
    }

    /** Gorgias's id of the integration. */
    public abstract long id();

    /** The kind of integration, such as {@code http}. */
    public abstract String type();

    /** The name admins see. */
    public abstract String name();

    /** A description admins see. */
    public abstract Optional<String> description();

    /** The settings of an HTTP integration. */
    public abstract Optional<HttpSettings> http();

    /** When the integration was turned off (by an admin, or by Gorgias after repeated failures); absent while active. */
    @JsonProperty("deactivated_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> deactivatedDatetime();

    /** Fields this SDK does not model, kept as sent; redacted in {@code toString()}. */
    @JsonAnyGetter
    @Value.Redacted
    public abstract Map<String, JsonNode> additionalProperties();
}
