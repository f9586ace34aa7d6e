package com.annexcloud.sdk.core;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings every client shares: transport, timeouts, retries, response size limit, listener, and
 * the clock and sleeper that tests replace. Each client builder accepts one ({@code .options(…)}) and
 * also exposes the common settings directly.
 */
@Value.Immutable
public abstract class ClientOptions {
    /** 4 MiB: the default response size limit. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L * 1024 * 1024;

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ClientOptions}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableClientOptions.Builder {
    }

    /** Every default: the JDK transport over HTTP/2, default timeouts and retries, 4 MiB bodies. */
    public static ClientOptions defaults() {
        return builder().build();
    }

    /** The transport to use; when absent the client builds a {@link JdkHttpTransport} and owns it. */
    public abstract Optional<HttpTransport> transport();

    /** The HTTP version of the transport the client builds (ignored with a caller's transport). */
    @Value.Default
    public HttpClient.Version httpVersion() {
        return HttpClient.Version.HTTP_2;
    }

    /** Time limits. */
    @Value.Default
    public Timeouts timeouts() {
        return Timeouts.defaults();
    }

    /** Retry policy for retry-safe requests. */
    @Value.Default
    public RetryPolicy retryPolicy() {
        return RetryPolicy.defaults();
    }

    /** The largest response body read, in bytes. */
    @Value.Default
    public long maxResponseBytes() {
        return DEFAULT_MAX_RESPONSE_BYTES;
    }

    /** Told of every call's start, retries and end. */
    @Value.Default
    public RequestListener listener() {
        return RequestListener.none();
    }

    /** The clock deadlines and signatures read. */
    @Value.Default
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** What waits between attempts. */
    @Value.Default
    public Sleeper sleeper() {
        return Sleeper.system();
    }

    /** Appended to the SDK's {@code User-Agent}, for example {@code "acme-helpdesk/2.1"}. */
    public abstract Optional<String> userAgentSuffix();

    @Value.Check
    protected void check() {
        if (maxResponseBytes() <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes());
        }
        // The suffix goes into a header: a line break would inject headers, and the JDK refuses it per attempt.
        if (userAgentSuffix().map(s -> s.chars().anyMatch(Character::isISOControl)).orElse(false)) {
            throw new IllegalArgumentException("userAgentSuffix must not contain control characters");
        }
    }
}
