package com.annexcloud.sdk.sandbox;

import org.immutables.value.Value;

/** What an HTTP integration answered the Gorgias emulator: the status and the body as text. */
@Value.Immutable
public abstract class IntegrationReply {
    /** A reply with this status and body. */
    public static IntegrationReply of(int status, String body) {
        return ImmutableIntegrationReply.builder().status(status).body(body).build();
    }

    /** The HTTP status. */
    public abstract int status();

    /** The body, {@code ""} for none. */
    public abstract String body();
}
