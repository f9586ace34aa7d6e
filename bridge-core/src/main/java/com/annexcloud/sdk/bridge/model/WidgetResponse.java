package com.annexcloud.sdk.bridge.model;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.immutables.value.Value;

/** What the widget endpoint answers: a status, headers and a JSON body. */
@Value.Immutable
public interface WidgetResponse {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link WidgetResponse}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableWidgetResponse.Builder {
    }

    /** HTTP status. */
    int status();

    /** Headers to send (always includes {@code Content-Type}). */
    Map<String, String> headers();

    /** The JSON body. */
    String body();

    /** The body as UTF-8 bytes. */
    default byte[] bodyBytes() {
        return body().getBytes(StandardCharsets.UTF_8);
    }
}
