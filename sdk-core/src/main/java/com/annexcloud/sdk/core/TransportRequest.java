package com.annexcloud.sdk.core;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP attempt as handed to an {@link HttpTransport}.
 *
 * @param method           upper-case HTTP method
 * @param uri              the full URI, path segments already encoded
 * @param headers          headers to send, each name once (the transport adds none but its own framing)
 * @param body             the exact body bytes, or an empty array for none; not copied, never modified
 * @param timeout          how long this attempt may take until the whole response, body included, has arrived
 * @param maxResponseBytes the largest response body accepted; past it the transport throws
 *                         {@link BodyLimitExceededException}
 */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte[] body,
                               Duration timeout, long maxResponseBytes) {
    /** Validates and freezes the request. */
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(timeout, "timeout");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
    }

    /** Whether a body is sent. */
    public boolean hasBody() {
        return body.length > 0;
    }

    @Override
    public String toString() {
        // Headers carry credentials: they are never printed.
        return "TransportRequest[" + method + " " + uri.getRawPath() + ", " + body.length + " body bytes]";
    }
}
