package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.SettingsMaps;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Gorgias sends when an HTTP integration fires: the URL (with template variables such as
 * {@code {{ticket.customer.email}}}), the method, static headers, the ticket events that trigger it and
 * the body form. {@link #headers()} usually carry credentials ({@code Authorization: Bearer …}), so
 * {@code toString()} shows them as {@code ****}; they are sent and read as they are. Settings this SDK
 * does not model ({@code oauth2}, {@code hmac_secret}, {@code id}, …) are kept in {@link
 * #additionalProperties()}, also redacted, as they may hold secrets.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHttpSettings.class)
@JsonDeserialize(as = ImmutableHttpSettings.class)
public abstract class HttpSettings {
    /**
     * Gorgias's trigger for a new ticket, spelt with underscores as the reference's Integration object and the
     * API's examples spell every trigger; older notes spell {@code ticket-created}. Both are read, and an
     * update takes them as one name.
     */
    public static final String TICKET_CREATED = "ticket_created";
    /** Gorgias's trigger for a changed ticket. */
    public static final String TICKET_UPDATED = "ticket_updated";
    /** Gorgias's trigger for a new message on a ticket (the customer writing again, among others). */
    public static final String TICKET_MESSAGE_CREATED = "ticket_message_created";
    /** The content type {@code application/json}, the default of both content types. */
    public static final String JSON = "application/json";

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link HttpSettings}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableHttpSettings.Builder {
    }

    /** The URL Gorgias calls, template variables included. */
    public abstract String url();

    /** The HTTP method; {@code GET} unless set. */
    @Value.Default
    public String method() {
        return "GET";
    }

    /** Static headers sent with every call; redacted in {@code toString()}. */
    @Value.Redacted
    @JsonDeserialize(using = SettingsMaps.Headers.class)
    public abstract Map<String, String> headers();

    /** Which events trigger a call, such as {@link #TICKET_CREATED} → {@code true}. */
    @JsonDeserialize(using = SettingsMaps.Triggers.class)
    public abstract Map<String, Boolean> triggers();

    /**
     * The content type of the body Gorgias sends: {@link #JSON} unless set, or {@code
     * application/x-www-form-urlencoded}. Gorgias requires it, so it is always sent.
     */
    @JsonProperty("request_content_type")
    @Value.Default
    public String requestContentType() {
        return JSON;
    }

    /** The content type Gorgias expects back: {@link #JSON} (the only one Gorgias accepts) unless set; always sent. */
    @JsonProperty("response_content_type")
    @Value.Default
    public String responseContentType() {
        return JSON;
    }

    /** The body form Gorgias sends (for methods with a body). */
    public abstract Optional<JsonNode> form();

    /** Settings this SDK does not model, kept as read and written back; redacted in {@code toString()}. */
    @JsonAnyGetter
    @Value.Redacted
    public abstract Map<String, JsonNode> additionalProperties();

    /** Reads JSON {@code null} in {@code form} as absent. */
    @Value.Check
    protected HttpSettings normalize() {
        return form().filter(JsonNode::isNull).isPresent() ? builder().from(this).form(Optional.empty()).build()
                : this;
    }
}
