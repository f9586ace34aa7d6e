package com.annexcloud.sdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Options for the calls made through one view of a client ({@code client.withOptions(options)}): a
 * timeout that replaces the client's overall deadline, and extra headers. There is no idempotency key
 * here: a key names one write, so it lives on that write's request ({@code
 * AwardPoints.builder().idempotencyKey(…)}), never on a view that is reused for many calls.
 *
 * <p>Extra headers never replace a header the SDK sets (authentication, signing, {@code Content-Type},
 * {@code Accept}, {@code User-Agent}), nor name one the JDK's HTTP client refuses or a hop-by-hop header
 * ({@code Expect}, {@code Upgrade}, {@code TE}, {@code Trailer}, {@code Keep-Alive}, {@code Proxy-*}): such
 * names are refused here, and any other clash is resolved in the
 * SDK's favour when the request is sent. Names must be HTTP tokens and values hold no control character
 * (no CR/LF), so a header cannot smuggle another. Values are never logged.
 */
public final class RequestOptions {
    /**
     * Header names refused, lower case: those the SDK sets, those the JDK's HTTP client refuses ({@code
     * expect}, {@code upgrade}, …) and the other hop-by-hop ones; any {@code proxy-*} name is refused too.
     */
    private static final Set<String> RESERVED = Set.of("authorization", "content-type", "content-length", "host",
            "transfer-encoding", "connection", "accept", "user-agent", "cookie", "expect", "upgrade", "te", "trailer",
            "keep-alive");
    private static final String RESERVED_PREFIX = "proxy-";
    private static final RequestOptions NONE = new RequestOptions(new Builder());

    private final Duration timeout;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.headers = Collections.unmodifiableMap(new TreeMap<>(builder.headers));
    }

    /** No options: the client's own settings. */
    public static RequestOptions none() {
        return NONE;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** How long each call may take in all, retries, waits and checks included, instead of the client's overall timeout. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Extra headers sent with every request, by name (case-insensitive, sorted). */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestOptions that && Objects.equals(timeout, that.timeout)
                && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, headers);
    }

    /** Names the header names only: values may be sensitive. */
    @Override
    public String toString() {
        return "RequestOptions[timeout=" + timeout + ", headers=" + headers.keySet() + "]";
    }

    /** Builds {@link RequestOptions}; every setter checks its argument. Not thread-safe. */
    public static final class Builder {
        private Duration timeout;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {
        }

        /** The overall timeout of each call made with these options; must be positive. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * An extra header; a second value for the same name (ignoring case) replaces the first.
         *
         * @throws IllegalArgumentException when the name is not an HTTP token or is reserved (one the SDK
         *                                  sets, one the JDK refuses, a hop-by-hop or {@code proxy-*} name),
         *                                  or the value holds a control character
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            if (name.isEmpty() || !name.chars().allMatch(Builder::isTokenChar)) {
                throw new IllegalArgumentException("header name must be an HTTP token, was \"" + name + "\"");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESERVED.contains(lower) || lower.startsWith(RESERVED_PREFIX)) {
                throw new IllegalArgumentException("header " + name + " is reserved (set by the SDK, refused by the"
                        + " JDK's HTTP client or hop-by-hop) and cannot be set");
            }
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                throw new IllegalArgumentException("header " + name + " value must not hold control characters (CR, LF, …)");
            }
            headers.remove(name);
            headers.put(name, value);
            return this;
        }

        /** The options. */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static boolean isTokenChar(int c) {
            return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }
}
