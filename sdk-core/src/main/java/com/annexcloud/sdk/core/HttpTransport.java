package com.annexcloud.sdk.core;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP attempt. The default is {@link JdkHttpTransport}; supply your own to route through a
 * proxy library or to record traffic. Implementations are thread-safe, add no retries of their own, and
 * honour {@link TransportRequest#timeout()} and {@link TransportRequest#maxResponseBytes()}.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request and waits for the whole response.
     *
     * @throws IOException          on connection failures, time-outs ({@link java.net.http.HttpTimeoutException})
     *                              and bodies over the limit ({@link BodyLimitExceededException})
     * @throws InterruptedException when the calling thread is interrupted
     */
    TransportResponse execute(TransportRequest request) throws IOException, InterruptedException;

    /** Sends the request without blocking; failures complete the future with the exceptions above. */
    CompletableFuture<TransportResponse> executeAsync(TransportRequest request);

    /** Releases connections the transport owns; a transport built around a caller's client leaves it open. */
    @Override
    default void close() {
    }
}
