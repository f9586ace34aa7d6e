package com.annexcloud.sdk.sandbox;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A call the Gorgias emulator makes to an HTTP integration when a ticket event triggers it, as Gorgias
 * would: the integration's URL, headers and body form with their {@code {{ticket.…}}} variables rendered.
 * {@link #headers()} usually carry the bridge's token, so {@code toString()} shows them as {@code ****}.
 */
@Value.Immutable
public abstract class IntegrationRequest {
    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link IntegrationRequest}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableIntegrationRequest.Builder {
    }

    /** The id of the integration called. */
    public abstract long integrationId();

    /** The trigger that fired, as Gorgias's Integration object spells it: {@code ticket_created} or {@code ticket_message_created}. */
    public abstract String trigger();

    /** The ticket of the event. */
    public abstract long ticketId();

    /** The HTTP method of the integration ({@code GET} unless set). */
    public abstract String method();

    /** The rendered URL; a variable's value is URL-encoded. */
    public abstract String url();

    /** The integration's static headers, rendered, plus {@code Content-Type} when there is a body; redacted in {@code toString()}. */
    @Value.Redacted
    public abstract Map<String, String> headers();

    /** The rendered body form for a method other than {@code GET}/{@code HEAD}, in the integration's request content type. */
    public abstract Optional<String> body();
}
