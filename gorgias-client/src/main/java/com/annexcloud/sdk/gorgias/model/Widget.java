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
 * A Gorgias sidebar widget as the API returns it: how the data an integration returned is laid out in
 * one {@link #context()} (such as {@code ticket}). Unmodelled fields are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWidget.class)
@JsonDeserialize(as = ImmutableWidget.class)
public abstract class Widget {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Widget}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableWidget.Builder {
    }

    /** Gorgias's id of the widget. */
    public abstract long id();

    /** Where the widget shows, such as {@code ticket}, {@code customer} or {@code user}. */
    public abstract String context();

    /** The integration whose data the widget shows. */
    @JsonProperty("integration_id")
    public abstract Optional<Long> integrationId();

    /** The kind of widget, such as {@code http}. */
    public abstract Optional<String> type();

    /** The position among the context's widgets. */
    public abstract Optional<Integer> order();

    /** The layout: {@code {"type":"wrapper","widgets":[{"path":…,"type":"card",…}]}}. */
    @Value.Redacted
    public abstract Optional<JsonNode> template();

    /** When the widget was turned off; absent while active. */
    @JsonProperty("deactivated_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> deactivatedDatetime();

    /** Fields this SDK does not model, kept as sent. */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /** Reads JSON {@code null} in {@code template} as absent. */
    @Value.Check
    protected Widget normalize() {
        return template().filter(JsonNode::isNull).isPresent() ? builder().from(this).template(Optional.empty()).build()
                : this;
    }
}
