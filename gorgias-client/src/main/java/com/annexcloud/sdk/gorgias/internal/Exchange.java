package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * How a call sends requests and waits: {@link #blocking} runs everything on the calling thread and
 * returns already-completed futures; {@link #async} never blocks. Each operation is written once against
 * this interface and serves both the plain method and its {@code …Async} twin. Both report each request
 * under its route ({@link ResourceCalls#routed}).
 */
interface Exchange {

    /** Sends one request through the pipeline. */
    CompletableFuture<TransportResponse> send(PipelineRequest request);

    /** Waits for the duration, through the options' sleeper. */
    CompletableFuture<Void> pause(Duration duration);

    /** Runs on the calling thread: every future it returns is already complete. */
    static Exchange blocking(HttpPipeline pipeline) {
        return new Exchange() {
            @Override
            public CompletableFuture<TransportResponse> send(PipelineRequest request) {
                try {
                    return CompletableFuture.completedFuture(pipeline.execute(ResourceCalls.routed(request)));
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }

            @Override
            public CompletableFuture<Void> pause(Duration duration) {
                try {
                    pipeline.options().sleeper().sleep(duration);
                    return CompletableFuture.completedFuture(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return CompletableFuture.failedFuture(
                            new TransportException("interrupted while waiting to retry", null, false, e));
                }
            }
        };
    }

    /** Never blocks: {@link HttpPipeline#executeAsync} and the sleeper's {@code delay}. */
    static Exchange async(HttpPipeline pipeline) {
        return new Exchange() {
            @Override
            public CompletableFuture<TransportResponse> send(PipelineRequest request) {
                return pipeline.executeAsync(ResourceCalls.routed(request));
            }

            @Override
            public CompletableFuture<Void> pause(Duration duration) {
                return pipeline.options().sleeper().delay(duration);
            }
        };
    }

    /**
     * Sends through {@code inner}; when Gorgias answers 401 and {@code auth} can renew its credential (an
     * OAuth token that expired or was revoked early), renews it and sends once more. A 401 means the request
     * was refused, so sending it again is safe even for a create.
     */
    static Exchange reauthorizing(Exchange inner, GorgiasAuth auth) {
        if (!auth.renewable()) {
            return inner;
        }
        return new Exchange() {
            @Override
            public CompletableFuture<TransportResponse> send(PipelineRequest request) {
                Secret sent;
                try {
                    sent = auth.current();
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
                return inner.send(request).thenCompose(response -> response.status() == 401
                        && auth.renewAfterRejection(sent) ? inner.send(request) : CompletableFuture.completedFuture(response));
            }

            @Override
            public CompletableFuture<Void> pause(Duration duration) {
                return inner.pause(duration);
            }
        };
    }

    /** The result of a future from {@link #blocking}, rethrowing its failure as it was thrown. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw rethrowable(e.getCause());
        }
    }

    /** The cause of a future's failure, unwrapped from {@link CompletionException}. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new CompletionException(cause);
    }
}
