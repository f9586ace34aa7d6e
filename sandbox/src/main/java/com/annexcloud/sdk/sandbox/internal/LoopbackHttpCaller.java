package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.sandbox.IntegrationCaller;
import com.annexcloud.sdk.sandbox.IntegrationReply;
import com.annexcloud.sdk.sandbox.IntegrationRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link IntegrationCaller#loopbackHttp(Duration)}: {@code java.net.http} to loopback hosts only. */
public final class LoopbackHttpCaller implements IntegrationCaller {
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "host", "expect", "upgrade");

    private final Duration timeout;
    private HttpClient client;

    /** A caller whose every call, from connecting to the last byte of the answer, ends within {@code timeout}. */
    public LoopbackHttpCaller(Duration timeout) {
        this.timeout = Checks.requireNonNull(timeout, "timeout");
    }

    /** The HTTP client, built on the first call (most sandboxes never call an integration). */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        }
        return client;
    }

    @Override
    public IntegrationReply call(IntegrationRequest request) throws IOException, InterruptedException {
        URI uri = loopback(request.url());
        Optional<String> invalid = HeaderSyntax.firstInvalid(request.headers());
        if (invalid.isPresent()) {
            throw new IOException("invalid header " + invalid.get());
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(uri)
                .method(request.method(), request.body().map(HttpRequest.BodyPublishers::ofString)
                        .orElseGet(HttpRequest.BodyPublishers::noBody));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                http.header(name, value);
            }
        });
        HttpResponse<String> response = within(client().sendAsync(http.build(), HttpResponse.BodyHandlers.ofString()));
        return IntegrationReply.of(response.statusCode(), response.body());
    }

    /**
     * The exchange's outcome, body included, within the time-out; cancelled otherwise. ({@code HttpRequest.timeout}
     * alone would not do: it stops counting once the response headers arrive.)
     */
    private HttpResponse<String> within(CompletableFuture<HttpResponse<String>> exchange)
            throws IOException, InterruptedException {
        try {
            return exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + timeout);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The URL when it names an http(s) loopback host; an {@link IOException} otherwise, before any lookup. */
    private static URI loopback(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL", e);
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!web || !isLoopback(host)) {
            throw new IOException("the sandbox calls only http(s) URLs on loopback hosts, not " + uri.getScheme() + "://" + host);
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[") && host.endsWith("]");
        try {
            // An address literal is parsed, never looked up.
            return literal && InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                    .isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
