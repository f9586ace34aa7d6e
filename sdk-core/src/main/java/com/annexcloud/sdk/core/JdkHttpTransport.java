package com.annexcloud.sdk.core;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /**
     * {@inheritDoc} The request's timeout bounds the whole response, body included (the JDK's own request
     * timeout stops at the headers), so a server dribbling its body cannot hold a call past its deadline.
     */
    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        CompletableFuture<TransportResponse> response = executeAsync(request);
        try {
            return response.get();
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IOException(cause);
        }
    }

    /**
     * {@inheritDoc} Cancelling the returned future, or the request's timeout passing, abandons the exchange
     * (the JDK closes its connection); a server that already received the request may still act on it.
     */
    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(toJdk(request), new LimitedBodyHandler(request.maxResponseBytes()));
        // The timeout completes a copy, so that the exchange itself can still be cancelled.
        CompletableFuture<TransportResponse> response = exchange.copy()
                .orTimeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> {
                    if (failure != null) {
                        Throwable cause = LimitedBodyHandler.bodyLimitOrCause(failure);
                        if (cause instanceof TimeoutException) {
                            exchange.cancel(true);
                            throw new CompletionException(new HttpTimeoutException("response not complete within "
                                    + request.timeout().toMillis() + " ms"));
                        }
                        throw new CompletionException(cause);
                    }
                    return toResponse(answer);
                });
        response.whenComplete((answer, failure) -> {
            if (response.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return response;
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
