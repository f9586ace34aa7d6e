package com.annexcloud.sdk.bridge.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An inbound HTTP request to the widget endpoint, independent of any server framework: the method,
 * the path, the decoded query parameters and the headers. Adapters build one from their server's
 * request (see {@code WidgetHttpHandler} for the JDK server).
 */
@Value.Immutable
public interface WidgetRequest {

    /** A builder. */
    static ImmutableWidgetRequest.Builder builder() {
        return ImmutableWidgetRequest.builder();
    }

    /** HTTP method, such as {@code GET}. */
    String method();

    /** Request path without query string, such as {@code /gorgias/loyalty}. */
    String path();

    /** Decoded query parameters, each with its values in order. */
    Map<String, List<String>> query();

    /** Request headers; names are matched without regard to case. Redacted in {@code toString()}: they carry the token. */
    @Value.Redacted
    Map<String, List<String>> headers();

    /** The request body (empty for GET). */
    @Value.Default
    default String body() {
        return "";
    }

    /**
     * Set by a server adapter when it could not read the raw request: {@code 400} for a query string that
     * does not decode, {@code 413} for a body over its limit. The endpoint answers it with that status,
     * after authentication, so an unauthenticated caller still gets 401 and learns nothing else.
     */
    OptionalInt unreadable();

    /** The first value of a query parameter. */
    default Optional<String> queryParameter(String name) {
        List<String> values = query().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The first value of a header, matched without regard to case. */
    default Optional<String> header(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }
}
