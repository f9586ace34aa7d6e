package com.annexcloud.sdk.bridge.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    /** The longest raw query string {@link #parseQuery} decodes. */
    int MAX_QUERY_LENGTH = 8 * 1024;

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link WidgetRequest}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableWidgetRequest.Builder {
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

    /**
     * Decodes a raw (still percent-encoded) query string into parameters, each with its values in order,
     * for server adapters. Empty when the query is longer than {@link #MAX_QUERY_LENGTH} or holds a
     * malformed escape such as {@code %zz}: the adapter then sets {@link #unreadable()} to 400.
     */
    static Optional<Map<String, List<String>>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.of(query);
        }
        if (rawQuery.length() > MAX_QUERY_LENGTH) {
            return Optional.empty();
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
        return Optional.of(query);
    }
}
