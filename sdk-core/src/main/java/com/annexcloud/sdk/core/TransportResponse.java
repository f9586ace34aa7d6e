package com.annexcloud.sdk.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response as an {@link HttpTransport} returns it: status, headers (looked up without regard
 * to case) and the whole body, already bounded by the request's size limit.
 */
public final class TransportResponse {
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /** Creates a response; the body array is kept as is and must not be modified afterwards. */
    public TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null) {
                copy.put(name, List.copyOf(values));
            }
        });
        this.headers = copy;
        this.body = body == null ? new byte[0] : body;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header, matched without regard to case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body bytes (shared, not copied: do not modify). */
    public byte[] body() {
        return body;
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the response declares a JSON content type (or none at all). */
    public boolean looksLikeJson() {
        String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("json");
    }

    @Override
    public String toString() {
        return "TransportResponse[" + status + ", " + body.length + " body bytes]";
    }
}
