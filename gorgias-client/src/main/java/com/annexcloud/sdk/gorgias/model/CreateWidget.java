package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/widgets} and of a full {@code PUT /api/widgets/{id}}: a widget of
 * {@link #type()} {@code http} in the {@code ticket} {@link #context()} at {@link #order()} 0 unless set.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateWidget.class)
@JsonDeserialize(as = ImmutableCreateWidget.class)
public abstract class CreateWidget {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link CreateWidget}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableCreateWidget.Builder {
    }

    /** The integration whose data the widget shows (positive). */
    @JsonProperty("integration_id")
    public abstract long integrationId();

    /** Where the widget shows; {@code ticket} unless set. */
    @Value.Default
    public String context() {
        return "ticket";
    }

    /** The kind of widget; {@code http} unless set. */
    @Value.Default
    public String type() {
        return "http";
    }

    /** The position among the context's widgets; 0 unless set. */
    @Value.Default
    public int order() {
        return 0;
    }

    /** The layout: {@code {"type":"wrapper","widgets":[…]}}; redacted in {@code toString()}, as action buttons in it may carry credentials. */
    @Value.Redacted
    public abstract JsonNode template();

    /** Rejects a non-positive integration id. */
    @Value.Check
    protected void check() {
        Checks.requirePositive(integrationId(), "integrationId");
    }
}
