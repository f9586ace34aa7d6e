package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Sends through {@code inner} with an OAuth token resolved first, without blocking: a token due for refresh
 * is refreshed (one refresh shared by concurrent calls) before the request is signed. When Gorgias answers
 * 401, renews the token and sends once more; a 401 means the request was refused, so sending it again is
 * safe even for a create. The refresh, the first request and the resend all keep to one deadline, taken
 * when the call starts. A blocking {@code inner} waits for the token on the calling thread, so its requests
 * never run on the HTTP client's threads.
 */
record ReauthorizingExchange(Exchange inner, GorgiasAuth auth) implements Exchange {

    /** {@code inner}, reauthorizing when {@code auth} can renew its credential. */
    static Exchange over(Exchange inner, GorgiasAuth auth) {
        return auth.renewable() ? new ReauthorizingExchange(inner, auth) : inner;
    }

    @Override
    public CompletableFuture<TransportResponse> send(PipelineRequest request) {
        Instant deadline = deadline();
        PipelineRequest bounded = request.withDeadline(deadline);
        return Futures.flatMap(onCaller(auth.currentAsync(deadline)), sent -> Futures.flatMap(inner.send(bounded), response ->
                response.status() != 401 ? CompletableFuture.completedFuture(response)
                        : Futures.flatMap(onCaller(auth.renewAfterRejectionAsync(sent, deadline)), renewed -> renewed
                                ? inner.send(bounded) : CompletableFuture.completedFuture(response))));
    }

    /** The future as it is for an async {@code inner}; for a blocking one, waited for here, on the calling thread. */
    private <T> CompletableFuture<T> onCaller(CompletableFuture<T> future) {
        if (!inner.blocking()) {
            return future;
        }
        try {
            return CompletableFuture.completedFuture(Futures.await(future));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public RequestOptions options() {
        return inner.options();
    }

    @Override
    public Exchange withOptions(RequestOptions options) {
        return new ReauthorizingExchange(inner.withOptions(options), auth);
    }

    @Override
    public Instant deadline() {
        return inner.deadline();
    }

    @Override
    public boolean blocking() {
        return inner.blocking();
    }
}
