package com.annexcloud.sdk.sandbox;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One call of an HTTP integration the Gorgias emulator made, as {@link GorgiasEmulator#integrationCalls()}
 * records it: the request and either the reply or why there was none. A failed call never failed the ticket
 * event that triggered it.
 */
@Value.Immutable
public abstract class IntegrationCall {
    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link IntegrationCall}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableIntegrationCall.Builder {
    }

    /** What was sent. */
    public abstract IntegrationRequest request();

    /** What the integration answered, when it answered. */
    public abstract Optional<IntegrationReply> reply();

    /** Why there is no reply (the caller's exception, such as a refused connection or a time-out). */
    public abstract Optional<String> failure();
}
