package com.annexcloud.sdk.core;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import com.annexcloud.sdk.core.internal.LimitedBodyHandler;

/**
 * The default {@link HttpTransport}, on {@code java.net.http.HttpClient}.
 *
 * <p>Build one with {@link #create(Duration, HttpClient.Version)} or wrap a client you configured
 * yourself (proxy, SSL context, executor) with {@link #of(HttpClient)}. Response bodies are read with a
 * size cap, refused early when {@code Content-Length} already says they are too large.
 *
 * <p>One retry is the JDK's own and cannot be turned off per client: {@code HttpClient} sends a
 * {@code GET} or {@code HEAD} once more when the connection closes before any response byte arrives.
 * Other methods are sent exactly once per attempt.
 */
public final class JdkHttpTransport implements HttpTransport {
    private final HttpClient client;

    private JdkHttpTransport(HttpClient client) {
        this.client = client;
    }

    /** A transport on a new client with the given connect timeout and HTTP version. */
    public static JdkHttpTransport create(Duration connectTimeout, HttpClient.Version version) {
        return new JdkHttpTransport(HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .version(Objects.requireNonNull(version, "version"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    /** A transport on a client the caller configured and keeps owning. */
    public static JdkHttpTransport of(HttpClient client) {
        return new JdkHttpTransport(Objects.requireNonNull(client, "client"));
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        try {
            return toResponse(client.send(toJdk(request), new LimitedBodyHandler(request.maxResponseBytes())));
        } catch (IOException e) {
            // HttpClient.send wraps the body subscriber's failure; surface the limit as itself.
            Throwable cause = LimitedBodyHandler.unwrap(e);
            throw cause instanceof BodyLimitExceededException ? (BodyLimitExceededException) cause : e;
        }
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        return client.sendAsync(toJdk(request), new LimitedBodyHandler(request.maxResponseBytes()))
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(LimitedBodyHandler.unwrap(failure));
                    }
                    return toResponse(response);
                });
    }

    private static HttpRequest toJdk(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        request.headers().forEach(builder::header);
        HttpRequest.BodyPublisher body = request.hasBody()
                ? HttpRequest.BodyPublishers.ofByteArray(request.body())
                : HttpRequest.BodyPublishers.noBody();
        return builder.method(request.method(), body).build();
    }

    private static TransportResponse toResponse(HttpResponse<byte[]> response) {
        return new TransportResponse(response.statusCode(), response.headers().map(), response.body());
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[" + client.version() + "]";
    }
}
