package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Sends through {@code inner}; when Gorgias answers 401 and the auth can renew its credential (an OAuth
 * token that expired or was revoked early), renews it and sends once more. A 401 means the request was
 * refused, so sending it again is safe even for a create.
 */
record ReauthorizingExchange(Exchange inner, GorgiasAuth auth) implements Exchange {

    /** {@code inner}, reauthorizing when {@code auth} can renew its credential. */
    static Exchange over(Exchange inner, GorgiasAuth auth) {
        return auth.renewable() ? new ReauthorizingExchange(inner, auth) : inner;
    }

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
    public RequestOptions options() {
        return inner.options();
    }

    @Override
    public Exchange withOptions(RequestOptions options) {
        return new ReauthorizingExchange(inner.withOptions(options), auth);
    }
}
